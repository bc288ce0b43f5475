"""Money as the records state it: Decimal amounts in ISO 4217 currencies, summed per currency only."""

import functools
from collections import defaultdict
from decimal import Decimal

import icu
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from compendium.taxonomy.names import icu_locale


@functools.cache
def currency_codes():
    """The ISO 4217 codes ICU (CLDR) knows, current and historical."""
    return frozenset(unit.getSubtype() for unit in icu.MeasureUnit.getAvailable("currency"))


def validate_currency(value):
    """An ISO 4217 code in capitals, e.g. USD, EUR, CNY; anything else is refused with a message."""
    if value not in currency_codes():
        raise ValidationError(_("Enter a currency as its three-letter ISO 4217 code, e.g. USD, EUR or CNY."), code="currency")


def format_money(amount, currency, language_code):
    """`amount` in `currency` as the reader's language writes money ("US$800,000", "800 000 $US").

    Whole amounts are shown without cents: budgets are stated in whole units."""
    formatter = icu.NumberFormat.createCurrencyInstance(icu.Locale(icu_locale(language_code)))
    formatter.setCurrency(currency)
    if amount == amount.to_integral_value():
        formatter.setMaximumFractionDigits(0)
    return formatter.format(float(amount))


def totals(lines):
    """{currency: Decimal total} of (amount, currency) pairs: amounts in different currencies are
    never added together (there is no exchange rate in the record)."""
    found = defaultdict(Decimal)
    for amount, currency in lines:
        if amount is not None and currency:
            found[currency] += amount
    return dict(sorted(found.items()))
