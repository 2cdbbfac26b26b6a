"""The knowledge base: clinical records and each language's words, as data a clinician edits.

See :mod:`.schema` for the shape of every record and :mod:`.loader` for how they are read
and cross-checked; ``selfcare kb check`` lists every problem, ``selfcare rules --markdown``
prints the whole base for review.
"""

from selfcare.assistant.knowledge.loader import (
    REFERENCE,
    Knowledge,
    KnowledgeError,
    Language,
    Problem,
    load,
    read,
)

__all__ = ["REFERENCE", "Knowledge", "KnowledgeError", "Language", "Problem", "load", "read"]
