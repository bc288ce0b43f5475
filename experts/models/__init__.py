"""The reference group of experts, the private peer-support requests country teams send, and
the completed exchanges published with the requester's consent: one module each."""

from .directory import NATIONAL_KINDS, AffiliationKind, ExpertIndexPage, ExpertPage, Organisation, published_exchanges
from .exchanges import ExchangePage
from .requests import ExchangeEvaluation, ExpertResponse, PeerSupportRequest, RequestEvent, reference_for, request_panels

__all__ = [
    "NATIONAL_KINDS",
    "AffiliationKind",
    "ExchangeEvaluation",
    "ExchangePage",
    "ExpertIndexPage",
    "ExpertPage",
    "ExpertResponse",
    "Organisation",
    "PeerSupportRequest",
    "RequestEvent",
    "published_exchanges",
    "reference_for",
    "request_panels",
]
