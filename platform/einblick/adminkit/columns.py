"""Listing columns in plain German for every admin list."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A yes/no field as a tick or cross with the word "Ja"/"Nein" (not "True"/"False")."""

    cell_template_name = "adminkit/tables/yes_no_cell.html"


def yes_no_column(model, field_name: str, **kwargs) -> YesNoColumn:
    """YesNoColumn labelled with the field's verbose name, sortable by the field."""
    field = model._meta.get_field(field_name)
    label = kwargs.pop("label", field.verbose_name)
    return YesNoColumn(field_name, label=label, sort_key=field_name, **kwargs)
