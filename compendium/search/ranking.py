"""Best-match ranking over bitsets, the same for every database engine.

Each clause of the analysed query (compendium.search.analysis) arrives as four bitsets of search
items (bit i = the item with primary key i): matched anywhere, in the title (or programme name),
in the tags, and by the literal words. The ranking is then arithmetic on those bitsets:

1. an exact title match first (the query is the item's title): an event titled by the query
   ranks above a case study that mentions it;
2. then coverage: items matching every clause before those matching fewer. Items missing some
   words still come, after: at least n - n // 3 of n clauses (both of two, two of three, three
   of four…), or any of them when no item has that many — never an empty page for one word
   absent. A country named in the query must always match;
3. then, when the reader filtered on countries, the items not led by another country (its own
   case studies, experts and events before the case studies others led with it taking part);
   then the whole query as a phrase in the title;
4. then the weighted score: per clause, its rarity (BM25's idf, from the clause's document
   frequency) times the best way the item matched it (WEIGHTS: the words in the title 4,
   tagged 3, tags' labels or a synonym in the title 2, the words in the body 1, a synonym or
   translation in the body 0.5);
5. then case studies, chapters, events, experts (compendium.search.facet_index);
6. then how much the item's text is about the words: BM25 over the index tokens of its title and
   body (bm25()), for groups of up to 300 items — computed here, not by the database, so that
   SQLite and PostgreSQL (whose ts_rank knows no rarity) order alike;
7. then newest first.

Items with the same answers to 1-4 form a group; groups are found by splitting the matched set
clause by clause (a few big-integer ANDs each), so ranking 100,000 matches costs no more than
a few hundred groups, and only the page asked for is ordered by date.
"""

import heapq
import math
from dataclasses import dataclass

from compendium.core.bitsets import ids_of

# Per clause, the best way an item matched it: the words in its title (or programme name, a
# place), by a tag an editor gave it, by its tags' labels or another name of what the words name
# in its title, by the words in its body, by another name (a concept's synonym, a translation) in
# its body.
TEXT_RANK_WINDOW = 300  # groups larger than this are ordered without reading their text
BM25_K1, BM25_B = 1.2, 0.75
TEXT_WEIGHTS = {"title": 4.0, "body": 1.0}
WEIGHTS = {"title": 4.0, "tagged": 3.0, "tags": 2.0, "body": 1.0, "expansion": 0.5}


@dataclass(frozen=True)
class Hits:
    """The items one clause matched, as bitsets."""

    any: int
    title: int = 0
    tags: int = 0  # the tags' labels hold it
    literal: int = 0  # the words themselves, anywhere
    tagged: int = 0  # items carrying the concept's or country's tag
    synonym_title: int = 0  # another name of what the words name, in the title


@dataclass(frozen=True)
class Group:
    bits: int
    exact: bool
    coverage: int
    phrase: bool
    score: float
    led: bool = False  # led by a country the reader filtered on

    @property
    def key(self):
        return (self.exact, self.coverage, self.led, self.phrase, round(self.score, 9))


@dataclass(frozen=True)
class Ranking:
    groups: tuple  # Groups, best first
    matched: int  # every ranked item
    relaxed: bool  # no item matched enough clauses: those matching half of them are shown

    def page(self, scope, start, size, order, text_scores=None, kinds=None):
        """The ids of items `start`..`start + size` of the ranking within `scope` (bitset).

        `order[i]` is item i's place in the last tie-break (compendium.search.facet_index), `kinds[i]`
        the place of its kind. `text_scores([ids, ...])` -> [{id: score}, ...] (one dict per group,
        asked once for every group the page reaches), when given, orders a group of at most
        TEXT_RANK_WINDOW items by kind, then by how much its text is about the words (the engine's
        BM25): BM25 favours short texts, and an expert's short biography must not bury the case
        study about the subject."""
        # The groups the page reaches, found by their counts alone; then the texts of all those to
        # be ordered by their text read at once (one statement a page, not one a group).
        reached, skipped = [], 0
        for group in self.groups:
            bits = group.bits & scope
            if not bits:
                continue
            n = bits.bit_count()
            if skipped + n <= start:
                skipped += n
                continue
            reached.append((ids_of(bits), skipped))
            skipped += n
            if skipped - start >= size:  # the page is full
                break
        by_text = [k for k, (members, _before) in enumerate(reached) if len(members) <= TEXT_RANK_WINDOW] if text_scores else []
        scores = dict(zip(by_text, text_scores([reached[k][0] for k in by_text]), strict=True)) if by_text else {}
        ids = []
        for k, (members, before) in enumerate(reached):
            want = start + size - before
            if k in scores:
                group_scores = scores[k]
                members = heapq.nsmallest(want, members, key=lambda i: (kinds[i] if kinds else 0, -group_scores.get(i, 0.0), order[i]))
            else:
                members = heapq.nsmallest(want, members, key=order.__getitem__)
            ids.extend(members[max(0, start - before) :])
        return ids[:size]


def strict_coverage(n):
    return n - n // 3


def relaxed_coverage(n):
    return 1


def idf(df, total):
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def rank(hits, required, total, exact=0, phrase=0, led=0):
    """The Ranking of the items matched by `hits` (one Hits per clause).

    required: for each clause, whether it must match (a country named in the query).
    total: the number of items in the index (for rarity); exact / phrase: bitsets of the items
    whose title is / contains the query; led: of the items no other country than those filtered
    on led (compendium.search.engines.database.led_by)."""
    n = len(hits)
    candidates = 0
    for clause in hits:
        candidates |= clause.any
    for clause, must in zip(hits, required, strict=True):
        if must:
            candidates &= clause.any
    groups = [(candidates, 0, 0.0)] if candidates else []
    for clause in hits:
        weight = idf(clause.any.bit_count(), max(total, 1))
        split = []
        for bits, coverage, score in groups:
            rest = bits
            for field, field_bits in (
                ("title", clause.title),
                ("tagged", clause.tagged),
                ("tags", clause.tags | clause.synonym_title),
                ("body", clause.literal),
                ("expansion", clause.any),
            ):
                part = rest & field_bits
                if part:
                    split.append((part, coverage + 1, score + weight * WEIGHTS[field]))
                    rest &= ~field_bits
            if rest:
                split.append((rest, coverage, score))
        groups = split
    relaxed = False
    need = strict_coverage(n)
    if not any(coverage >= need for _bits, coverage, _score in groups):
        need, relaxed = relaxed_coverage(n), True
    ranked, matched = [], 0
    for bits, coverage, score in groups:
        if coverage < need:
            continue
        matched |= bits
        for part, is_exact, is_phrase in (
            (bits & exact, True, True),
            (bits & ~exact & phrase, False, True),
            (bits & ~exact & ~phrase, False, False),
        ):
            for own, is_led in ((part & led, True), (part & ~led, False)):
                if own:
                    ranked.append(Group(bits=own, exact=is_exact, coverage=coverage, phrase=is_phrase, score=score, led=is_led))
    ranked.sort(key=lambda group: group.key, reverse=True)
    return Ranking(groups=tuple(ranked), matched=matched, relaxed=relaxed and bool(matched))


def bm25(clauses, hits, rows, total):
    """{item id: BM25 score} of `rows` ((item id, title tokens, body tokens) per language) for the
    query's clauses: each phrase's occurrences (another name of the concept at half weight),
    title 4 and body 1, the clause's rarity among `total` items, the body's length against the
    rows' mean."""
    rows = list(rows)
    if not rows:
        return {}
    mean_length = sum(body.count(" ") + 1 for _id, _title, body in rows) / len(rows) or 1.0
    weighted = []
    for clause, clause_hits in zip(clauses, hits, strict=True):
        weight = idf(clause_hits.any.bit_count(), max(total, 1))
        for phrases, scale in ((clause.literal, 1.0), (clause.expansion, 0.5)):
            weighted += [(f" {' '.join(phrase.tokens)} ", weight * scale) for phrase in phrases if phrase.tokens]
    scores = {}
    for item_id, title, body in rows:
        title, body = f" {title} ", f" {body} "
        norm = BM25_K1 * (1 - BM25_B + BM25_B * (body.count(" ") - 1) / mean_length)
        score = 0.0
        for needle, weight in weighted:
            tf = TEXT_WEIGHTS["title"] * title.count(needle) + TEXT_WEIGHTS["body"] * body.count(needle)
            if tf:
                score += weight * tf * (BM25_K1 + 1) / (tf + norm)
        scores[item_id] = max(scores.get(item_id, 0.0), score)
    return scores
