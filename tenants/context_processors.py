def region(request):
    """The current region (or the public portal's Region row) for templates."""
    return {"region": getattr(request, "tenant", None)}
