"""Money in the reader's language for the project pages."""

from django import template
from django.utils.translation import get_language

from projects.money import format_money

register = template.Library()


@register.simple_tag
def money(amount, currency):
    """{% money line.amount line.currency %}: "US$800,000" in English, "800 000 $US" in French (CLDR through ICU)."""
    return format_money(amount, currency, get_language())
