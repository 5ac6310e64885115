"""What the transfer kit remembers about an onboarded region (public schema)."""

from django.db import models


class RegionProfile(models.Model):
    """Agency contact, legal links, towns and brand tokens from the region file.

    Lives in the public schema next to the Region row and disappears with it (CASCADE), so a
    rolled-back onboarding leaves nothing behind.
    """

    region = models.OneToOneField(
        "tenants.Region", on_delete=models.CASCADE, related_name="transfer_profile"
    )
    agency = models.JSONField("Agentur", default=dict, blank=True)
    legal = models.JSONField("Rechtliches", default=dict, blank=True)
    towns = models.JSONField("Orte", default=list, blank=True)
    brand = models.JSONField("Marke", default=dict, blank=True)
    source = models.TextField("Regionsbeschreibung (TOML)", blank=True)
    onboarded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "Regionsprofil"
        verbose_name_plural = "Regionsprofile"

    def __str__(self):
        return f"Profil {self.region}"


class ImportRun(models.Model):
    """One import into a region, remembered so that it can be undone.

    `created` lists the primary keys of new records; `changed` maps the primary key of each
    updated record to its earlier field values (JSON), so undo deletes the one and restores
    the other. Lives in the public schema; `region` says which schema the keys belong to.
    """

    region = models.ForeignKey(
        "tenants.Region", on_delete=models.CASCADE, related_name="import_runs"
    )
    kind = models.CharField("Art", max_length=20)  # "employers" or "offers"
    source = models.CharField("Datei", max_length=500)
    summary = models.CharField("Ergebnis", max_length=300, blank=True)
    created = models.JSONField(default=list)
    changed = models.JSONField(default=dict)
    started_at = models.DateTimeField(auto_now_add=True)
    reverted_at = models.DateTimeField("rückgängig gemacht am", null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "Import-Lauf"
        verbose_name_plural = "Import-Läufe"

    def __str__(self):
        return f"Import {self.pk} ({self.kind}, {self.region})"


class RegionFigures(models.Model):
    """A region's figures for the platform admin's region overview, counted ahead of time
    (transfer_kit.figures: `count_region_figures` hourly, and after each publish in the
    region), so that the overview reads one table instead of every region's schema."""

    region = models.OneToOneField(
        "tenants.Region", on_delete=models.CASCADE, related_name="figures"
    )
    employers = models.PositiveIntegerField(default=0)
    offers = models.PositiveIntegerField(default=0)
    events = models.PositiveIntegerField(default=0)
    last_activity = models.DateTimeField(null=True, blank=True)
    editors = models.JSONField(default=list)  # the first few usernames, A–Z
    editor_count = models.PositiveIntegerField(default=0)
    counted_at = models.DateTimeField()

    class Meta:
        verbose_name = "Kennzahlen einer Region"
        verbose_name_plural = "Kennzahlen der Regionen"

    def __str__(self):
        return f"Kennzahlen {self.region_id}"
