"""Every e-mail the platform sends: a subject, a plain-text part and an HTML part.

Templates come in threes next to each other: ``<name>_subject.txt``, ``<name>.txt`` and
``<name>.html``. The backend is the console in the demo, locmem in tests and SMTP from the
environment in production (settings/base.py).
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string


def render_text(template_name: str, context: dict) -> str:
    """A plain-text template rendered without HTML escaping (names stay "Müller & Söhne")."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def build_mail(
    template: str, context: dict, to: list[str], *, reply_to: list[str] | None = None
) -> EmailMultiAlternatives:
    """The message for `template` rendered with `context`, not yet sent."""
    subject = " ".join(render_text(f"{template}_subject.txt", context).split())
    text = render_text(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to or None,
    )
    message.attach_alternative(html, "text/html")
    return message


def send_mail(
    template: str, context: dict, to: list[str], *, reply_to: list[str] | None = None
) -> None:
    """Render and send one message (see `build_mail`)."""
    build_mail(template, context, to, reply_to=reply_to).send()
