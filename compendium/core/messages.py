"""Django's own validation messages that our forms show, declared here so they are in our catalogues.

Django ships no Lao catalogue (and an incomplete Khmer one): our catalogues share its gettext
domain and take precedence, so a Lao reader gets these messages in Lao too.
"""

from django.utils.translation import gettext_noop

MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a valid date."),
]
