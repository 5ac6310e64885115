"""A generated messy data set: the first import keeps every row a person would keep, a re-run
changes nothing, undo restores the earlier state; one region never undoes another's import."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django_tenants.utils import tenant_context

from einblick.employers.models import Employer
from einblick.offers.models import Offer
from transfer_kit.importing.mapping import build_mapping
from transfer_kit.importing.runner import run_import
from transfer_kit.importing.undo import revert_import
from transfer_kit.models import ImportRun

from .conftest import write_csv
from .messy import employers_xlsx, offers_csv


def import_file(kind, path, preset="crm"):
    mapping, _ = build_mapping(kind, preset)
    return run_import(kind, path, mapping, progress=False)


def offer_state():
    return sorted(
        (o.external_id, o.title, o.places, o.pay_kind, str(o.pay_amount), str(o.end_date),
         tuple(sorted(x.slug for x in o.occupations.all())))
        for o in Offer.objects.prefetch_related("occupations")
    )  # fmt: skip


def test_messy_files_keep_every_row_rerun_changes_nothing_undo_restores(taxonomies, tmp_path, jena):
    # given a messy district export: 100 employers (+5 duplicate rows), 250 offers
    employers = employers_xlsx(tmp_path / "firmen.xlsx", 100, duplicates=5)
    offers = offers_csv(tmp_path / "angebote.csv", 250, 100)
    # when
    first = import_file("employers", employers)
    second = import_file("offers", offers)
    # then every row is kept (duplicates are reported and skipped), nothing fails
    assert first.summary().startswith("100 neu angelegt, 0 aktualisiert, 0 unverändert, 5 über")
    assert second.summary().startswith("250 neu angelegt, 0 aktualisiert, 0 unverändert, 0 über")
    assert (len(first.errors), len(second.errors)) == (0, 0)
    assert Offer.objects.public().count() == 225  # 25 ended offers are stored as expired
    kept = offer_state()
    # and a re-run changes nothing
    assert import_file("offers", offers).summary().startswith("0 neu angelegt, 0 aktualisiert, 250")
    assert offer_state() == kept
    # when a changed file updates 250 and adds 10 offers, and that run is undone
    changed = offers_csv(tmp_path / "angebote2.csv", 260, 100, places="7")
    third = import_file("offers", changed)
    assert third.summary().startswith("10 neu angelegt, 250 aktualisiert")
    assert "10 neu angelegte Einträge entfernt, 250 wiederhergestellt." == revert_import(
        ImportRun.objects.get(pk=third.run_id)
    )
    # then the state before that run is back
    with tenant_context(jena):
        assert offer_state() == kept
        # and undoing the first offer import removes its offers
        revert_import(ImportRun.objects.get(pk=second.run_id))
        assert (Offer.objects.count(), Employer.objects.count()) == (0, 100)


def test_an_import_run_of_one_region_cannot_be_undone_in_another(
    taxonomies, tmp_path, jena_region, weimar_region
):
    # given an import into Jena
    with tenant_context(jena_region):
        report = import_file("employers", employers_xlsx(tmp_path / "f.xlsx", 3))
    # when Weimar's platform team tries to undo it
    with pytest.raises(CommandError, match="Kein Import-Lauf .* in der Region „weimar“"):
        call_command("undo_import", str(report.run_id), "--region", "weimar", stdout=StringIO())
    # then Jena's employers are still there, and undoing in Jena removes them
    with tenant_context(jena_region):
        assert Employer.objects.count() == 3
    out = StringIO()
    call_command("undo_import", str(report.run_id), "--region", "jena", stdout=out)
    assert "3 neu angelegte Einträge entfernt, 0 wiederhergestellt." in out.getvalue()
    with tenant_context(jena_region):
        assert Employer.objects.count() == 0


def _employers_csv(path, name_suffix="", contact=""):
    header = ["Kd-Nr.", "Firma", "PLZ", "Ort", "Telefon", "Mitarbeiter", "Ansprechpartner"]
    rows = [
        [f"K-{n}", f"Firma {n}{name_suffix}", "07545", "Gera", "03641 5551234", "ca. 50", contact]
        for n in range(1, 4)
    ]
    return write_csv(path, [header, *rows])


def test_undo_of_changed_employers_restores_fields_and_contacts_in_its_region_only(
    taxonomies, tmp_path, jena_region, weimar_region
):
    # given the same three employers in Jena and Weimar
    for region in (jena_region, weimar_region):
        with tenant_context(region):
            import_file("employers", _employers_csv(tmp_path / "a.csv", contact="Ada Alt"))
    with tenant_context(jena_region):
        before = _employer_state()
        # when a changed file renames them and names another contact person, then is undone
        changed = import_file(
            "employers", _employers_csv(tmp_path / "b.csv", " Neu", contact="Bea Neu")
        )
        assert changed.summary().startswith("0 neu angelegt, 3 aktualisiert")
        assert _employer_state() != before
        message = revert_import(ImportRun.objects.get(pk=changed.run_id))
        # then names, stamps and contact rows are back as they were
        assert message == "0 neu angelegte Einträge entfernt, 3 wiederhergestellt."
        assert _employer_state() == before
    # and Weimar's employers were never touched
    with tenant_context(weimar_region):
        assert _employer_state() == before


def _employer_state():
    return sorted(
        (e.external_id, e.name, e.size_class, e.phone, tuple(c.name for c in e.contacts.all()))
        for e in Employer.objects.prefetch_related("contacts")
    )


def _offers_csv(path, title: str):
    header = ["Angebots-ID", "Titel", "Art", "Kundennummer", "Beginn", "Ende"]
    return write_csv(path, [header, ["A-1", title, "Ferienjob", "K-1", "01.07.2027", "15.08.2027"]])


def _found(word: str) -> int:
    from search.query import SearchQuery, search

    connection.set_schema_to_public()
    return search(SearchQuery(q=word, regions=["jena"], with_facets=False)).count


def test_changed_offers_are_searchable_under_their_new_title_and_undo_brings_the_old_back(
    taxonomies, tmp_path, jena_region
):
    with tenant_context(jena_region):
        import_file("employers", employers_xlsx(tmp_path / "f.xlsx", 1))
        import_file("offers", _offers_csv(tmp_path / "a.csv", "Ferienjob im Lager (m/w/d)"))
    assert (_found("Lager"), _found("Backstube")) == (1, 0)
    # when a changed file renames the offer (written in bulk, without save() signals)
    with tenant_context(jena_region):
        changed = import_file(
            "offers", _offers_csv(tmp_path / "b.csv", "Ferienjob in der Backstube (m/w/d)")
        )
    assert changed.summary().startswith("0 neu angelegt, 1 aktualisiert")
    # then the search finds it under the new title only
    assert (_found("Lager"), _found("Backstube")) == (0, 1)
    # and after undo under the old one again
    revert_import(ImportRun.objects.get(pk=changed.run_id))
    assert (_found("Lager"), _found("Backstube")) == (1, 0)
