"""RFC 6962 / RFC 9162 Merkle tree hashing and proofs for the custody log.

The custody log is an append-only list of entries; its state is the Merkle Tree Hash
(MTH) of RFC 9162 section 2.1.1 over their leaf hashes, SHA-256(0x00 || entry), joined by
SHA-256(0x01 || left || right). Checkpoints sign that root; inclusion proofs (2.1.3) show
one entry is in a checkpoint, and consistency proofs (2.1.4) show a later checkpoint only
appended to an earlier one. Proofs are plain lists of 32-byte hashes, the "audit paths"
that other RFC 9162 verifiers (transparency-dev/merkle, Certificate Transparency,
Sigstore) read, so our proofs can be checked with any of them.

Subtree proofs follow the Merkle Tree Certificates draft as implemented in
transparency-dev/merkle: a subtree [start, end) is valid when start is a multiple of the
smallest power of two >= end - start. A subtree inclusion proof is an ordinary audit path
inside that subtree; a subtree consistency proof (SUBTREE_PROOF) shows the subtree's hash
sits at those positions in a tree of a given size, and with start = 0 it is exactly the
RFC 9162 consistency proof.

Why hand-written rather than ``pymerkle`` (7.0.0, the maintained Python library): its
hashing matches (sha256 with 0x00/0x01 prefixes), but its proofs do not. (Checked by
running the 7.0.0 wheel from PyPI.)

* Proof format. pymerkle proofs are its own objects: a 1-based ``index``, a ``rule`` bit
  list saying how to pair hashes, a ``subset`` mask, and a ``path`` that starts with the
  base hash. ``verify_inclusion(base, root, proof)`` takes that object, not an audit path
  plus (index, tree size), so checking an RFC 9162 proof would mean rebuilding ``rule``
  with its private ``_inclusion_path_layout``.
* Consistency proofs have a different shape. For sizes 4 -> 8, RFC 9162 PROOF(4, D[8]) is
  the one hash MTH(D[4:8]); pymerkle 7.0.0 returns four hashes, descending to leaf 4.
  Neither side can verify the other's proofs, so the transparency-dev test vectors and
  outside verifiers would not work.
* No subtree (Merkle Tree Certificates) proofs.
* Storage model. Its trees own the entries: ``InmemoryTree`` keeps a Python node object
  per leaf, and ``SqliteTree`` creates its own SQLite file and ``leaf`` table. Our leaf
  hashes live in the archive database behind one writer, so we would need a
  ``BaseMerkleTree`` subclass and would still have the proof format above. It also pins
  ``cachetools==7.2.1`` exactly.

Cost model (n leaves): a root or a proof is built by a single iterative pass over each
range of leaves it needs, with a stack of perfect-subtree roots (a compact range), and no
recursion. An inclusion or consistency proof needs O(log n) subtree roots over disjoint
ranges, so it reads each leaf at most once, does at most n - 1 node hashes and keeps
O(log n) memory beyond the input; for 1,000,000 leaves that is one to two seconds on one
core. ``CompactRange`` appends in amortised O(1) and gives the root in O(log n);
``roots_at`` streams the leaves once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "CompactRange",
    "ProofError",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_hash",
    "roots_at",
    "subtree_consistency_proof",
    "subtree_inclusion_proof",
    "verify_consistency",
    "verify_inclusion",
    "verify_subtree_consistency",
    "verify_subtree_inclusion",
]

HASH_SIZE = 32
EMPTY_ROOT: bytes = hashlib.sha256(b"").digest()

# Tree sizes and indices are uint64 in RFC 9162 and every wire format we read.
_MAX_INDEX = (1 << 64) - 1

_sha256 = hashlib.sha256


class ProofError(ValueError):
    """A Merkle proof failed to verify; the message says which check failed."""


def leaf_hash(data: bytes) -> bytes:
    """Return the RFC 9162 leaf hash SHA-256(0x00 || data)."""
    return _sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Return the RFC 9162 interior node hash SHA-256(0x01 || left || right)."""
    return _sha256(b"\x01" + left + right).digest()


# --------------------------------------------------------------------------- roots


def _check_leaf_hash(value: bytes, where: str) -> None:
    if not isinstance(value, (bytes, bytearray)) or len(value) != HASH_SIZE:
        got = f"{len(value)} bytes" if isinstance(value, (bytes, bytearray)) else repr(value)
        raise ValueError(f"{where} is {got}; expected a {HASH_SIZE}-byte SHA-256 leaf hash")


def _fold(stack: list[bytes]) -> bytes:
    """Join perfect-subtree roots (largest first) into the tree root, right to left."""
    # MTH splits at the largest power of two below n, which is the leftmost perfect
    # subtree, so the root is stack[0] joined with the root of everything after it.
    acc = stack[-1]
    for left in reversed(stack[:-1]):
        acc = _sha256(b"\x01" + left + acc).digest()
    return acc


def _range_root(leaf_hashes: Sequence[bytes], lo: int, hi: int) -> bytes:
    """Return MTH(leaf_hashes[lo:hi]) by one pass over the range."""
    if hi <= lo:
        return EMPTY_ROOT
    stack: list[bytes] = []
    push, pop = stack.append, stack.pop
    count = 0
    for h in map(leaf_hashes.__getitem__, range(lo, hi)):
        if len(h) != HASH_SIZE:
            _check_leaf_hash(h, f"leaf hash {lo + count}")
        count += 1
        # Each trailing zero bit of the new count closes one perfect subtree.
        c = count
        while not c & 1:
            h = _sha256(b"\x01" + pop() + h).digest()
            c >>= 1
        push(h)
    return _fold(stack)


def root_hash(leaf_hashes: Sequence[bytes]) -> bytes:
    """Return the Merkle Tree Hash of all the given leaf hashes; EMPTY_ROOT for none."""
    return _range_root(leaf_hashes, 0, len(leaf_hashes))


class CompactRange:
    """The frontier of an append-only log: one root per perfect subtree, largest first."""

    __slots__ = ("_size", "_hashes")

    def __init__(self, size: int = 0, hashes: Iterable[bytes] = ()) -> None:
        """Start empty, or resume from a saved ``size`` and its ``hashes``."""
        hashes = [bytes(h) for h in hashes]
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"compact range size is {size!r}; expected a non-negative integer")
        if len(hashes) != size.bit_count():
            raise ValueError(
                f"a compact range of size {size} holds {size.bit_count()} hashes, "
                f"got {len(hashes)}; save and restore size and hashes together"
            )
        for i, h in enumerate(hashes):
            _check_leaf_hash(h, f"compact range hash {i}")
        self._size = size
        self._hashes = hashes

    @property
    def size(self) -> int:
        """Return the number of leaves appended so far."""
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        """Return the perfect-subtree roots, largest first, for saving the frontier."""
        return tuple(self._hashes)

    def append(self, leaf_hash: bytes) -> None:
        """Append one leaf hash, merging the perfect subtrees it completes."""
        _check_leaf_hash(leaf_hash, f"leaf hash {self._size}")
        h = bytes(leaf_hash)
        stack = self._hashes
        self._size += 1
        c = self._size
        while not c & 1:
            h = _sha256(b"\x01" + stack.pop() + h).digest()
            c >>= 1
        stack.append(h)

    def root(self) -> bytes:
        """Return the Merkle Tree Hash of the leaves appended so far."""
        return _fold(self._hashes) if self._hashes else EMPTY_ROOT


def roots_at(leaf_hashes: Iterable[bytes], sizes: Iterable[int]) -> dict[int, bytes]:
    """Return {size: root} for each requested tree size, reading the leaves once.

    Holds only a compact range, never the leaves: O(N + K log N) time for the largest
    requested size N and K sizes, O(log N) memory. Stops reading at the largest size.
    """
    wanted = set(sizes)
    for size in wanted:
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"tree size is {size!r}; expected a non-negative integer")
    result: dict[int, bytes] = {}
    pending = iter(sorted(wanted))
    target = next(pending, None)
    if target == 0:
        result[0] = EMPTY_ROOT
        target = next(pending, None)
    # CompactRange.append inlined: its per-leaf call and checks doubled the time of this
    # pass (2.2 s against 0.9 s for 1,000,000 leaves), and it may run over the whole log.
    stack: list[bytes] = []
    push, pop = stack.append, stack.pop
    count = 0
    if target is not None:
        for h in leaf_hashes:
            if len(h) != HASH_SIZE:
                _check_leaf_hash(h, f"leaf hash {count}")
            count += 1
            c = count
            while not c & 1:
                h = _sha256(b"\x01" + pop() + h).digest()
                c >>= 1
            push(h)
            if count == target:
                result[target] = _fold(stack)
                target = next(pending, None)
                if target is None:
                    break
    if target is not None:
        raise ValueError(
            f"tree size {target} was requested but only {count} leaf hashes were given"
        )
    return result


# ------------------------------------------------------------------ proof layouts


def _split(n: int) -> int:
    """Return the largest power of two smaller than n (n > 1), where MTH splits."""
    return 1 << ((n - 1).bit_length() - 1)


def _inclusion_layout(index: int, size: int) -> list[tuple[int, int]]:
    """Return the leaf ranges whose roots form PATH(index, D[size]), bottom first."""
    lo, siblings = 0, []
    while size > 1:
        k = _split(size)
        if index < k:
            siblings.append((lo + k, lo + size))
            size = k
        else:
            siblings.append((lo, lo + k))
            lo, index, size = lo + k, index - k, size - k
    siblings.reverse()
    return siblings


def _subtree_proof_layout(start: int, end: int, n: int) -> list[tuple[int, int]]:
    """Return the leaf ranges whose roots form SUBTREE_PROOF(start, end, D[n]).

    With start = 0 this is RFC 9162 PROOF(end, D[n]). Requires a valid, non-empty
    subtree with end <= n.
    """
    lo, known, siblings = 0, True, []
    while not (start == 0 and end == n):
        k = _split(n)
        if end <= k:
            siblings.append((lo + k, lo + n))
            n = k
        elif k <= start:
            siblings.append((lo, lo + k))
            lo, start, end, n = lo + k, start - k, end - k, n - k
        else:
            # Straddling the split is only possible for start == 0; the node reached
            # on the right is a prefix the verifier has never seen (b = false).
            siblings.append((lo, lo + k))
            lo, end, n, known = lo + k, end - k, n - k, False
    siblings.reverse()
    return siblings if known else [(lo, lo + n), *siblings]


# ---------------------------------------------------------------- proof generation


def _check_count(leaf_hashes: Sequence[bytes], needed: int) -> None:
    if needed > len(leaf_hashes):
        raise ValueError(
            f"a tree of size {needed} was requested but only {len(leaf_hashes)} leaf hashes "
            "were given"
        )


def inclusion_proof(leaf_hashes: Sequence[bytes], index: int, tree_size: int) -> list[bytes]:
    """Return the RFC 9162 audit path (2.1.3.1) for leaf ``index`` of the first ``tree_size``.

    Computes only the O(log n) sibling subtree roots, each by one pass over its range:
    at most tree_size - 1 node hashes, O(log n) extra memory.
    """
    if not 0 <= index < tree_size:
        raise ValueError(f"leaf index {index} is outside a tree of size {tree_size}")
    _check_count(leaf_hashes, tree_size)
    return [_range_root(leaf_hashes, a, b) for a, b in _inclusion_layout(index, tree_size)]


def consistency_proof(leaf_hashes: Sequence[bytes], size1: int, size2: int) -> list[bytes]:
    """Return the RFC 9162 consistency proof (2.1.4.1) from ``size1`` leaves to ``size2``.

    Same cost as ``inclusion_proof``: O(log n) subtree roots over disjoint ranges.
    """
    if not 0 < size1 <= size2:
        raise ValueError(
            f"consistency proof from size {size1} to {size2} is undefined; expected "
            "0 < size1 <= size2"
        )
    _check_count(leaf_hashes, size2)
    if size1 == size2:
        return []
    return [_range_root(leaf_hashes, a, b) for a, b in _subtree_proof_layout(0, size1, size2)]


def _subtree_problem(start: int, end: int) -> str | None:
    """Return why [start, end) is not a valid subtree, or None if it is."""
    if start > end:
        return f"subtree start {start} is after its end {end}"
    if start == end or start == 0:
        return None
    width = end - start
    ceil = 1 << (width - 1).bit_length()
    if start % ceil:
        return (
            f"subtree [{start}, {end}) is not a node of the tree: start must be a multiple "
            f"of {ceil}, the smallest power of two >= its width {width}"
        )
    return None


def subtree_inclusion_proof(
    leaf_hashes: Sequence[bytes], index: int, start: int, end: int
) -> list[bytes]:
    """Return the audit path for leaf ``index`` inside the subtree [start, end)."""
    problem = _subtree_problem(start, end)
    if problem:
        raise ValueError(problem)
    if not start <= index < end:
        raise ValueError(f"leaf index {index} is outside subtree [{start}, {end})")
    _check_count(leaf_hashes, end)
    return [
        _range_root(leaf_hashes, start + a, start + b)
        for a, b in _inclusion_layout(index - start, end - start)
    ]


def subtree_consistency_proof(
    leaf_hashes: Sequence[bytes], start: int, end: int, tree_size: int
) -> list[bytes]:
    """Return SUBTREE_PROOF(start, end, D[tree_size]) from the Merkle Tree Certificates draft."""
    problem = _subtree_problem(start, end)
    if problem:
        raise ValueError(problem)
    if end > tree_size:
        raise ValueError(f"subtree [{start}, {end}) ends beyond a tree of size {tree_size}")
    _check_count(leaf_hashes, tree_size)
    if start == end:
        return []
    return [
        _range_root(leaf_hashes, a, b) for a, b in _subtree_proof_layout(start, end, tree_size)
    ]


# -------------------------------------------------------------------- verification


def _check_int(name: str, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_INDEX:
        raise ProofError(f"{name} is {value!r}; expected an integer from 0 to 2**64 - 1")


def _check_proof(proof: Sequence[bytes] | None) -> list[bytes]:
    hashes = list(proof or ())
    for i, h in enumerate(hashes):
        if not isinstance(h, (bytes, bytearray)) or len(h) != HASH_SIZE:
            got = f"{len(h)} bytes" if isinstance(h, (bytes, bytearray)) else repr(h)
            raise ProofError(f"proof hash {i} is {got}; every proof hash is {HASH_SIZE} bytes")
    return hashes


def _check_verify_leaf(value: bytes) -> None:
    # Beyond RFC 9162, as transparency-dev/merkle does: a leaf hash of the wrong size
    # cannot be a SHA-256 leaf, even if a crafted proof would hash it to the root.
    if not isinstance(value, (bytes, bytearray)) or len(value) != HASH_SIZE:
        got = f"{len(value)} bytes" if isinstance(value, (bytes, bytearray)) else repr(value)
        raise ProofError(f"leaf hash is {got}; expected {HASH_SIZE} bytes")


def _check_root(name: str, value: bytes) -> None:
    # Roots are only compared, so any length is accepted (a wrong one simply fails to
    # match), but they must be bytes to be hashed or compared at all.
    if not isinstance(value, (bytes, bytearray)):
        raise ProofError(f"{name} is {type(value).__name__}; expected bytes")


def _short(h: bytes) -> str:
    return bytes(h).hex()[:16] + "…" if isinstance(h, (bytes, bytearray)) else repr(h)


def _mismatch(what: str, got: bytes, want: bytes) -> ProofError:
    return ProofError(
        f"{what} recomputed from the proof is {_short(got)} but {_short(want)} was expected; "
        "the proof, leaf or root was altered or belongs to another tree"
    )


def _root_from_inclusion(leaf: bytes, index: int, size: int, proof: list[bytes]) -> bytes:
    """Return the root implied by an audit path, per RFC 9162 2.1.3.2."""
    want = len(_inclusion_layout(index, size))
    if len(proof) != want:
        raise ProofError(
            f"inclusion proof has {len(proof)} hashes; leaf {index} of a tree of size {size} "
            f"needs {want}"
        )
    fn, sn, r = index, size - 1, bytes(leaf)
    for p in proof:
        if sn == 0:  # unreachable after the length check; kept as RFC 9162 states it
            raise ProofError("inclusion proof is longer than the tree is tall")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof is shorter than the tree is tall")
    return r


def verify_inclusion(
    leaf_hash: bytes, index: int, tree_size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """Return None if ``proof`` puts leaf ``index`` in the tree with ``root``, else raise."""
    _check_int("leaf index", index)
    _check_int("tree size", tree_size)
    _check_verify_leaf(leaf_hash)
    _check_root("root", root)
    hashes = _check_proof(proof)
    if index >= tree_size:
        raise ProofError(f"leaf index {index} is outside a tree of size {tree_size}")
    got = _root_from_inclusion(leaf_hash, index, tree_size, hashes)
    if got != root:
        raise _mismatch(f"root of tree size {tree_size}", got, root)


def verify_consistency(
    size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes
) -> None:
    """Return None if ``proof`` shows tree ``size2`` extends tree ``size1``, else raise."""
    _check_int("size1", size1)
    _check_int("size2", size2)
    _check_root("root1", root1)
    _check_root("root2", root2)
    path = _check_proof(proof)
    if size1 > size2:
        raise ProofError(f"size1 {size1} is larger than size2 {size2}; a log cannot shrink")
    if size1 == 0:
        # Beyond RFC 9162, as transparency-dev/merkle does: every tree extends the empty
        # one, so such a "proof" would pass anything.
        raise ProofError("consistency from an empty tree (size1 = 0) proves nothing")
    if size1 == size2:
        if path:
            raise ProofError(f"sizes are equal, so the proof must be empty; got {len(path)} hashes")
        if root1 != root2:
            raise ProofError(f"sizes are equal ({size1}) but the two roots differ")
        return
    want = len(_subtree_proof_layout(0, size1, size2))
    if len(path) != want:
        raise ProofError(
            f"consistency proof has {len(path)} hashes; sizes {size1} -> {size2} need {want}"
        )
    # RFC 9162 2.1.4.2.
    if size1 & (size1 - 1) == 0:
        path.insert(0, bytes(root1))
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is longer than the tree is tall")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency proof is shorter than the tree is tall")
    if fr != root1:
        raise _mismatch(f"root of tree size {size1}", fr, root1)
    if sr != root2:
        raise _mismatch(f"root of tree size {size2}", sr, root2)


def verify_subtree_inclusion(
    leaf_hash: bytes, index: int, start: int, end: int, proof: Sequence[bytes], subtree_root: bytes
) -> None:
    """Return None if ``proof`` puts leaf ``index`` in subtree [start, end), else raise."""
    for name, value in (("leaf index", index), ("subtree start", start), ("subtree end", end)):
        _check_int(name, value)
    problem = _subtree_problem(start, end)
    if problem:
        raise ProofError(problem)
    if not start <= index < end:
        raise ProofError(f"leaf index {index} is outside subtree [{start}, {end})")
    _check_verify_leaf(leaf_hash)
    _check_root("subtree root", subtree_root)
    hashes = _check_proof(proof)
    got = _root_from_inclusion(leaf_hash, index - start, end - start, hashes)
    if got != subtree_root:
        raise _mismatch(f"hash of subtree [{start}, {end})", got, subtree_root)


def verify_subtree_consistency(
    start: int,
    end: int,
    tree_size: int,
    proof: Sequence[bytes],
    subtree_root: bytes,
    root: bytes,
) -> None:
    """Return None if ``proof`` puts subtree [start, end) in the tree with ``root``, else raise."""
    for name, value in (("subtree start", start), ("subtree end", end), ("tree size", tree_size)):
        _check_int(name, value)
    problem = _subtree_problem(start, end)
    if problem:
        raise ProofError(problem)
    if end > tree_size:
        raise ProofError(f"subtree [{start}, {end}) ends beyond a tree of size {tree_size}")
    _check_root("subtree root", subtree_root)
    _check_root("root", root)
    hashes = _check_proof(proof)
    if start == end:
        # An empty subtree sits in every tree, so the tree root is not involved; its hash
        # must be the empty-tree hash and the proof empty, as the transparency-dev
        # subtreeconsistency vectors require.
        if hashes:
            raise ProofError(f"subtree [{start}, {end}) is empty, so the proof must be empty")
        if subtree_root != EMPTY_ROOT:
            raise ProofError(
                f"subtree [{start}, {end}) is empty, so its hash must be SHA-256('') "
                f"{EMPTY_ROOT.hex()[:16]}…, not {_short(subtree_root)}"
            )
        return
    want = len(_subtree_proof_layout(start, end, tree_size))
    if len(hashes) != want:
        raise ProofError(
            f"subtree consistency proof has {len(hashes)} hashes; subtree [{start}, {end}) "
            f"of a tree of size {tree_size} needs {want}"
        )
    # Merkle Tree Certificates draft, "Verifying a Subtree Consistency Proof": fn, sn and
    # tn are the subtree's first and last leaf and the tree's last leaf; each right shift
    # climbs one level. fr rebuilds the subtree hash, sr the tree root.
    fn, sn, tn = start, end - 1, tree_size - 1
    if sn == tn:
        while fn != sn:
            fn, sn, tn = fn >> 1, sn >> 1, tn >> 1
    else:
        while fn != sn and sn & 1:
            fn, sn, tn = fn >> 1, sn >> 1, tn >> 1
    if fn == sn:
        fr = sr = bytes(subtree_root)
        rest = hashes
    elif hashes:
        fr = sr = hashes[0]
        rest = hashes[1:]
    else:  # unreachable after the length check: a ragged subtree always needs a seed
        raise ProofError(f"subtree [{start}, {end}) is not one node, so the proof cannot be empty")
    for c in rest:
        if tn == 0:
            raise ProofError("subtree consistency proof is longer than the tree is tall")
        if sn & 1 or sn == tn:
            if fn < sn:
                fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            # sn is odd or equals tn > 0 here, so this loop ends before sn reaches 0.
            while not sn & 1:
                fn, sn, tn = fn >> 1, sn >> 1, tn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn, tn = fn >> 1, sn >> 1, tn >> 1
    if tn != 0:
        raise ProofError("subtree consistency proof is shorter than the tree is tall")
    if fr != subtree_root:
        raise _mismatch(f"hash of subtree [{start}, {end})", fr, subtree_root)
    if sr != root:
        raise _mismatch(f"root of tree size {tree_size}", sr, root)
