import jinja2
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

# ruleid: python.jinja2.autoescape-disabled
env = Environment(loader=FileSystemLoader("templates"))


def render_comment(comment):
    # ruleid: python.jinja2.autoescape-disabled
    return Template("<p>{{ comment }}</p>").render(comment=comment)


def render_explicit_off(name):
    # ruleid: python.jinja2.autoescape-disabled
    return jinja2.Environment(autoescape=False).from_string("<b>{{ n }}</b>").render(n=name)


# --- Safe versions ---

# ok: python.jinja2.autoescape-disabled
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_comment_safe(comment):
    # ok: python.jinja2.autoescape-disabled
    return Template("<p>{{ comment }}</p>", autoescape=True).render(comment=comment)
