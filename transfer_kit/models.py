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
