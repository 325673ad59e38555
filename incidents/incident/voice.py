"""Who tells the crossing, and how sure it is (see ``slots.py``).

Certainty, in order:
- **alleged**: the verb is conditional or hedged ("aurait pénétré", "allegedly
  entered"), a doubt is told in its sentence ("reportedly"), it is told "according
  to" one of the two parties ("according to Moscow", "selon Vilnius"), or a denial is
  told elsewhere in the paragraph (one party's word against another's);
- **denied**: a denial governs the crossing's sentence ("Moscow denied that its
  jets had violated ...");
- **confirmed**: an authority of the violated state (or of no stated state) speaks in
  the paragraph ("the Estonian Defence Forces said") and does not decline to comment;
  a third state's authority, or a news outlet, reports (the Pentagon on Canadian
  airspace);
- **reported** otherwise (or what the record before had, told in the same release).
"""

from __future__ import annotations

from ..model import Mention
from .doc import rules
from .episodes import denied_noun, none_crossed
from .facts import Source, StateRef, between
from .slots import Ctx, Found, resolver

_SPEECH = ("say", "deny", "alleged")


def speaks(ctx: Ctx, s: Source) -> bool:
    """ "The ministry said", "said the army", "according to ERR": a speech cue in the
    source's clause with no aircraft, zone or verb of crossing between them (a verb of
    sending with no aircraft there sends none: "the office released a statement which
    said")."""
    if s.according:
        return True
    doc = ctx.doc
    sending = rules()["verbs"]["sending"]
    clause = doc.clause(s.span[0])
    for c in between(doc.facts.cues, clause.start, _speech_opening(ctx, clause.end)):
        if c.value not in _SPEECH:
            continue
        lo, hi = sorted((c.span[0], s.span[0]))
        facts = doc.facts
        planes = between(facts.aircraft, lo, hi)
        zones = between(facts.zones, lo, hi)
        verbs = [v for v in between(facts.verbs, lo, hi) if v.key not in sending]
        if not (planes or zones or verbs):
            return True
    return False


def _speech_opening(ctx: Ctx, end: int) -> int:
    """Where the source's reach ends: its clause's end, or past a word of speech that
    opens the next clause of its sentence ("a message saying that ...", "un message
    indiquant que ...", "une note selon laquelle ...": the message tells it)."""
    doc = ctx.doc
    if end >= doc.sentence(end - 1).end:
        return end
    nxt = doc.clause(end)
    told = [c for c in between(doc.facts.cues, nxt.start, nxt.end) if c.value == "say"][:1]
    if told and not doc.text[nxt.start : told[0].span[0]].strip():
        return told[0].span[1]
    return end


def _next_to_speech(ctx: Ctx, s: Source) -> bool:
    """Only punctuation between the source and a speech cue ("X said", "said X")."""
    doc = ctx.doc
    clause = doc.clause(s.span[0])
    for c in between(doc.facts.cues, clause.start, clause.end):
        if c.value in _SPEECH:
            lo, hi = (s.span[1], c.span[0]) if c.span[0] >= s.span[1] else (c.span[1], s.span[0])
            if lo <= hi and not doc.text[lo:hi].strip(" ,"):
                return True
    return False


def _candidates(ctx: Ctx, lo: int, hi: int) -> list[Source]:
    return [s for s in between(ctx.doc.facts.sources, lo, hi) if _role(ctx, s)[0]]


def _role(ctx: Ctx, s: Source) -> tuple[bool, bool]:
    """(may be the source, speaks) for one source phrase, worked out once a document."""
    known = ctx.doc.source_roles.get(s.span)
    if known is not None:
        return known
    talking = speaks(ctx, s)
    # "(GEETHA)" abbreviating the name before it; "the military declined to comment";
    # "aircraft of the Chinese People's Liberation Army" (the owner)
    candidate = not (s.acronym and not talking) and not _no_comment(ctx, s.span[1]) and not _owner(ctx, s)
    ctx.doc.source_roles[s.span] = (candidate, talking)
    return candidate, talking


def _owner(ctx: Ctx, s: Source) -> bool:
    doc = ctx.doc
    cue = doc.cues.ending_at("OWNER_CUE", s.span[0], doc.text)
    if cue is None:
        return False
    sent = doc.sentence(s.span[0])
    return any(
        not doc.text[a.span[1] : cue.start].strip()
        for a in between(doc.facts.aircraft, sent.start, cue.start)
    )


def _found(s: Source) -> Found:
    return Found(s.name, s.span)


@resolver("source", "speaking_in_sentence")
def _speaking(ctx: Ctx) -> Found | None:
    found = [s for sent in ctx.sentences for s in _candidates(ctx, sent.start, sent.end) if _role(ctx, s)[1]]
    if not found:
        return None
    at = ctx.anchor.span[0]
    # "Poland's chief of staff, General X, said": the one next to its speech verb
    return _found(
        min(found, key=lambda s: (not s.according, not _next_to_speech(ctx, s), abs(s.span[0] - at)))
    )


@resolver("source", "paragraph")
def _paragraph(ctx: Ctx) -> Found | None:
    para = ctx.doc.paragraph(ctx.anchor.span[0])
    found = _candidates(ctx, para.start, para.end)
    if not found:
        return None
    at = ctx.anchor.span[0]
    speaking = [s for s in found if _role(ctx, s)[1]]
    return _found(min(speaking or found, key=lambda s: abs(s.span[0] - at)))


@resolver("source", "previous")
def _episode(ctx: Ctx) -> Found | None:
    prev = ctx.prev
    return Found(prev.source.value, None) if prev is not None and prev.source is not None else None


@resolver("source", "document")
def _document(ctx: Ctx) -> Found | None:
    for s in ctx.doc.facts.sources:
        candidate, talking = _role(ctx, s)
        if candidate and talking:
            return _found(_apposed_speaker(ctx, s))
    return None


def _apposed_speaker(ctx: Ctx, s: Source) -> Source:
    """ "The chief of the general staff, General X, said": the source set beside ``s``
    (only a comma between) that stands next to the speech verb, else ``s``."""
    text = ctx.doc.text
    nxt = [x for x in _candidates(ctx, s.span[1], ctx.doc.sentence(s.span[0]).end) if _role(ctx, x)[1]][:1]
    if nxt and text[s.span[1] : nxt[0].span[0]].strip() == "," and _next_to_speech(ctx, nxt[0]):
        return nxt[0]
    return s


# ------------------------------------------------------------------ certainty
def certainty(ctx: Ctx, violated: str | None, violator: str | None) -> str:
    doc = ctx.doc
    para = doc.paragraph(ctx.anchor.span[0])
    claim = [m for sent in ctx.sentences for m in between(doc.facts.mentions, sent.start, sent.end)]
    hedged = any(
        a.verb is not None
        and (a.verb.conditional or (a.verb.alleged and not _denied_claim(ctx, a.verb.span[0])))
        for a in ctx.draft.anchors
    )
    # "reportedly", "allegedly", "claims"; not a claim a denial rejects (``_denied_claim``)
    hearsay = [m for m in claim if m.kind == "cue" and m.value == "alleged"]
    denied = [m for m in hearsay if _denied_claim(ctx, m.span[0])]
    hedged = hedged or len(denied) < len(hearsay)
    quoted = ctx.in_scopes(doc.facts.sources, ctx.sentences)
    hedged = hedged or any(_hearsay(s, violated, violator) for s in quoted)
    sent = doc.sentence(ctx.anchor.span[0])
    # "A blog claimed X. Bucharest rejected the claim. Separately, a drone entered ...":
    # a sentence of another matter (APART_CUE) is contested only from where it opens
    lo = sent.start if ctx.apart() else para.start
    denials = [c for c in between(doc.facts.cues, lo, para.end) if c.value == "deny"]
    governing = any(sent.start <= c.span[0] < ctx.anchor.span[0] for c in denials)
    # a claim denied in a sentence of the record outside its paragraph ("The Ukrainian
    # Border Service refuted the claimed breach"): one party's word against the other's
    hedged = hedged or any(not lo <= m.span[0] < para.end for m in denied)
    if hedged or (denials and not governing) or _contested(ctx, violator, lo, para.end):
        return "alleged"
    if governing:
        return "denied"
    # a headline retold in the lead: the lead's authority vouches for the one record
    told = {(p.start, p.end) for p in (doc.paragraph(a.span[0]) for a in ctx.draft.anchors)}
    if any(_vouched(ctx, violator, violated, lo, hi) for lo, hi in sorted(told | {(para.start, para.end)})):
        return "confirmed"
    own = any(m.kind == "cue" and m.value in _SPEECH for m in claim)
    if not own and ctx.prev is not None:
        return ctx.prev.certainty
    return "reported"


def _denied_claim(ctx: Ctx, pos: int) -> bool:
    """ "Latvia's armed forces rejected social media claims that a Russian drone had
    crossed ...", "a démenti la prétendue incursion d'un drone ...": a word of hearsay
    (or a crossing told as alleged) at ``pos`` that a denial before it in its clause
    rejects (no verb between them, nor a word joining another predicate: "Islamabad
    dément avoir visé ... et accuse New Delhi d'avoir envoyé des drones" accuses in its
    own right) is what is denied, no hedge: the denial governs."""
    doc = ctx.doc
    clause = doc.clause(pos)
    deny = [c for c in between(doc.facts.cues, clause.start, pos) if c.value == "deny"][-1:]
    return (
        bool(deny)
        and not between(doc.facts.verbs, deny[0].span[1], pos)
        and not doc.cues.within("COORD_CUE", deny[0].span[1], pos)
    )


def _contested(ctx: Ctx, violator: str | None, lo: int, hi: int) -> bool:
    """The violator's side saying, in another sentence of the paragraph, that its
    aircraft did not cross ("Moscow said its planes did not violate Georgian airspace",
    "le ministère russe a assuré que ses avions n'avaient pas survolé le territoire"),
    or that no violation took place ("Minsk denied any violation", "Moscow said no
    Russian aircraft had entered", ``none_crossed``):
    one party's word against the other's. The violated state, a third party or the
    narrator telling the same negation contests nothing."""
    if violator is None:
        return False
    doc = ctx.doc
    for v in between(doc.facts.verbs, lo, hi):
        if not (v.negated and not v.noun) and not denied_noun(doc, v) and not none_crossed(doc, v):
            continue  # "its planes did not violate", "denied any violation", "no Russian jet entered"
        sent = doc.sentence(v.span[0])
        if any(sent is own for own in ctx.sentences):
            continue
        sources = between(doc.facts.sources, sent.start, v.span[0])
        if any(s.state == violator and speaks(ctx, s) for s in sources):
            return True
        states = between(doc.facts.states, sent.start, v.span[0])
        if any(st.code == violator and not st.demonym and _said_near(ctx, st) for st in states):
            return True
    return False


def _hearsay(s: Source, violated: str | None, violator: str | None) -> bool:
    """ "According to X" is one party's word when X is one of the two states (the
    violator, or the violated state speaking as itself: "selon Vilnius"); the violated
    state's authority vouches, and a news outlet or a third state reports."""
    if not s.according or s.state is None:
        return False
    return s.state == violator or (s.state == violated and not s.authority)


def _vouched(ctx: Ctx, violator: str | None, violated: str | None, lo: int, hi: int) -> bool:
    doc = ctx.doc
    for s in between(doc.facts.sources, lo, hi):
        ours = s.state is None or s.state == violated
        if s.authority and ours and speaks(ctx, s) and not _no_comment(ctx, s.span[1]):
            return True
    for m in between(doc.facts.cues, lo, hi):
        if m.value == "authority" and _said_near(ctx, m) and not _no_comment(ctx, m.span[1]):
            return True
    for st in between(doc.facts.states, lo, hi):
        # "Poland said ...": the state itself speaking
        if (
            not st.demonym
            and st.code != violator
            and _said_near(ctx, st)
            and not _no_comment(ctx, st.span[1])
        ):
            return True
    return False


def _said_near(ctx: Ctx, m: Mention | StateRef) -> bool:
    span = m.span
    doc = ctx.doc
    nxt = [c for c in between(doc.facts.cues, span[1], doc.clause(span[0]).end)[:1] if c.value == "say"]
    return bool(nxt) and not doc.text[span[1] : nxt[0].span[0]].strip(" ,")


def _no_comment(ctx: Ctx, pos: int) -> bool:
    doc = ctx.doc
    clause = doc.clause(pos)
    return bool(doc.cues.within("NO_COMMENT_CUE", pos, clause.end))
