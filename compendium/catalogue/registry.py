"""The page types the catalogue holds, each with its kind ("case-study", "expert", "event").

The catalogue never imports a content app: each app registers its page model here in its
AppConfig.ready(), and the model builds its own document (`search_document()`).
"""

_MODELS = {}  # "app_label.modelname" -> (model, kind), in registration (INSTALLED_APPS) order


def register(model, kind):
    """Make pages of `model` searchable as `kind`; the model implements search_document()."""
    _MODELS[model._meta.label_lower] = (model, kind)


def kind_of(page):
    """The kind of a page (specific or not), or None when its type is not in the catalogue."""
    entry = _MODELS.get(page.specific_class._meta.label_lower if page.specific_class else "")
    return entry[1] if entry else None


def models():
    """The registered page models, in registration order."""
    return [model for model, _kind in _MODELS.values()]
