"""Documents not written in English: their language comes from the manifest's ``language`` column
(``pipeline.batch`` -> ``DocumentContext.language``); for any other language than English the whole text is read
by ``reader`` with that language's lexicons (``lexicons``, ``data/lang_*.csv``) and figures and dates
(``figures``). English documents never come here, so English text costs nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.types import Contribution, DocumentContext, Event, MissionMention


def is_foreign(ctx: DocumentContext) -> bool:
    return (ctx.language or "en").lower()[:2] not in ("en", "")


def reads(ctx: DocumentContext) -> bool:
    """Whether the document is in a language other than English that has lexicons here: its sentences are read
    by this package instead of the English rules, which find nothing right in them (on the 13 such dev
    documents their only rows were wrong: r8_057, r10_093). Another language keeps the English rules."""
    if not is_foreign(ctx):
        return False
    from pipeline.extract.lang.lexicons import languages

    lang = languages().get(ctx.language.lower()[:2])
    return lang is not None and bool(lang.personnel)


def extract(text: str, ctx: DocumentContext,
            missions: Sequence[MissionMention]) -> tuple[list[Contribution], list[Event]]:
    """The rows the language's reader finds in a document not in English (none for an English one)."""
    if not is_foreign(ctx):
        return [], []
    from pipeline.extract.lang import reader, sentences

    ctx_lang = ctx if len(ctx.language) == 2 else DocumentContext(
        ctx.doc_id, ctx.published, ctx.language.lower()[:2], ctx.extra, ctx.publisher, ctx.url)
    return reader.extract(text, sentences.split(text), ctx_lang, missions)
