"""A colour picker for the brand colours that can also say "use the theme's colour"."""

from django import forms


class ColourPicker(forms.Widget):
    """<input type=color> plus a checkbox "Farbe des Themes verwenden" (= empty value).

    A colour input always sends some colour, so "no own colour" needs its own control. The
    plain text value still works (imports, tests, old browsers): an empty or "#RRGGBB" value
    under the field's name is taken as is when the checkbox is not sent.
    """

    template_name = "themes/widgets/colour_picker.html"
    THEME_SUFFIX = "-theme"

    class Media:
        js = ["themes/js/colour_picker.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["theme_name"] = name + self.THEME_SUFFIX
        context["widget"]["uses_theme"] = not value
        return context

    def format_value(self, value):
        return value or "#000000"

    def value_from_datadict(self, data, files, name):
        if data.get(name + self.THEME_SUFFIX):
            return ""
        return (data.get(name) or "").strip()

    def value_omitted_from_data(self, data, files, name):
        return name not in data and name + self.THEME_SUFFIX not in data
