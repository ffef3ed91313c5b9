"""Tests for dossier.store.merkle against the RFC 6962 / RFC 9162 reference vectors.

Every file in the shared corpus's merkle-vectors folder is its own test: the
transparency-dev/merkle inclusion and consistency probes, both subtree bundles and the
reference tree. Proofs generated here from random leaves are checked as well.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from dossier.store.merkle import (
    EMPTY_ROOT,
    HASH_SIZE,
    CompactRange,
    ProofError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_hash,
    roots_at,
    subtree_consistency_proof,
    subtree_inclusion_proof,
    verify_consistency,
    verify_inclusion,
    verify_subtree_consistency,
    verify_subtree_inclusion,
)

# The corpus is shared between checkouts and never copied into the repository.
VECTORS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "merkle-vectors"
TD = VECTORS / "transparency-dev-merkle"


def _files(kind: str) -> list[Path]:
    return sorted((TD / kind).rglob("*.json"))


def _bundle(name: str) -> dict[str, dict]:
    path = TD / name
    return json.loads(path.read_text()) if path.is_file() else {}


def _vector_id(path: Path) -> str:
    return path.relative_to(TD).as_posix()


INCLUSION_FILES = _files("inclusion")
CONSISTENCY_FILES = _files("consistency")
SUBTREE_INCLUSION = _bundle("subtreeinclusion_bundle.json")
SUBTREE_CONSISTENCY = _bundle("subtreeconsistency_bundle.json")
REFERENCE_PATH = VECTORS / "rfc6962_reference_tree.json"


def _b64(value: str | None) -> bytes | None:
    # Go's encoding/json writes []byte as standard base64, and a nil slice as null.
    return None if value is None else base64.b64decode(value)


def _proof(value: list[str] | None) -> list[bytes]:
    return [base64.b64decode(h) for h in value or ()]


def _load(path: Path) -> dict:
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads(REFERENCE_PATH.read_text())


@pytest.fixture(scope="module")
def reference_leaves(reference) -> list[bytes]:
    return [leaf_hash(bytes.fromhex(h)) for h in reference["leaf_inputs_hex"]]


def _random_leaves(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [leaf_hash(rng.randbytes(rng.randrange(0, 40))) for _ in range(count)]


def _valid_subtrees(size: int):
    """Yield every non-empty [start, end) with end <= size that is a node of some tree."""
    for end in range(1, size + 1):
        for start in range(end):
            width = end - start
            if start % (1 << (width - 1).bit_length()) == 0:
                yield start, end


class CountingLeaves(Sequence):
    """A leaf-hash list that counts how often leaves are read."""

    def __init__(self, hashes: Sequence[bytes]) -> None:
        self.hashes = hashes
        self.reads = 0

    def __len__(self) -> int:
        return len(self.hashes)

    def __getitem__(self, index):
        self.reads += 1
        return self.hashes[index]


# ------------------------------------------------------------------ corpus vectors


def test_vectors_corpus_is_complete():
    # A missing or moved corpus must fail loudly, never collect zero vectors.
    assert len(INCLUSION_FILES) == 98
    assert len(CONSISTENCY_FILES) == 98
    assert len(SUBTREE_INCLUSION) == 204
    assert len(SUBTREE_CONSISTENCY) == 118
    assert REFERENCE_PATH.is_file()


@pytest.mark.parametrize("path", INCLUSION_FILES, ids=_vector_id)
def test_verify_inclusion_vector(path):
    v = _load(path)
    args = (_b64(v["leafHash"]), v["leafIdx"], v["treeSize"], _proof(v["proof"]), _b64(v["root"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
    else:
        assert verify_inclusion(*args) is None


@pytest.mark.parametrize("path", CONSISTENCY_FILES, ids=_vector_id)
def test_verify_consistency_vector(path):
    v = _load(path)
    args = (v["size1"], v["size2"], _proof(v["proof"]), _b64(v["root1"]), _b64(v["root2"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
    else:
        assert verify_consistency(*args) is None


@pytest.mark.parametrize("key", sorted(SUBTREE_INCLUSION))
def test_verify_subtree_inclusion_vector(key):
    v = SUBTREE_INCLUSION[key]
    args = (
        _b64(v["leafHash"]),
        v["leafIdx"],
        v["start"],
        v["end"],
        _proof(v["proof"]),
        _b64(v["root"]),
    )
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_subtree_inclusion(*args)
    else:
        assert verify_subtree_inclusion(*args) is None


@pytest.mark.parametrize("key", sorted(SUBTREE_CONSISTENCY))
def test_verify_subtree_consistency_vector(key):
    v = SUBTREE_CONSISTENCY[key]
    args = (
        v["start"],
        v["end"],
        v["size"],
        _proof(v["proof"]),
        _b64(v["root1"]),
        _b64(v["root2"]),
    )
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_subtree_consistency(*args)
    else:
        assert verify_subtree_consistency(*args) is None


def _numbered_happy_paths(files: list[Path]) -> list[Path]:
    # The numbered folders hold proofs over the reference tree's leaves.
    return [p for p in files if p.parent.name.isdigit() and p.name == "happy-path.json"]


HAPPY_INCLUSION = _numbered_happy_paths(INCLUSION_FILES)
HAPPY_CONSISTENCY = _numbered_happy_paths(CONSISTENCY_FILES)


@pytest.mark.parametrize("path", HAPPY_INCLUSION, ids=_vector_id)
def test_inclusion_proof_reproduces_vector(path, reference_leaves):
    v = _load(path)
    index, size = v["leafIdx"], v["treeSize"]
    assert reference_leaves[index] == _b64(v["leafHash"])
    assert inclusion_proof(reference_leaves, index, size) == _proof(v["proof"])
    assert root_hash(reference_leaves[:size]) == _b64(v["root"])


@pytest.mark.parametrize("path", HAPPY_CONSISTENCY, ids=_vector_id)
def test_consistency_proof_reproduces_vector(path, reference_leaves):
    v = _load(path)
    size1, size2 = v["size1"], v["size2"]
    assert consistency_proof(reference_leaves, size1, size2) == _proof(v["proof"])
    assert subtree_consistency_proof(reference_leaves, 0, size1, size2) == _proof(v["proof"])


# ------------------------------------------- checks beyond RFC 9162 (see SOURCES.md)


def test_verify_consistency_rejects_empty_first_tree():
    message = r"^consistency from an empty tree \(size1 = 0\) proves nothing$"
    with pytest.raises(ProofError, match=message):
        verify_consistency(0, 0, [], EMPTY_ROOT, EMPTY_ROOT)
    with pytest.raises(ProofError, match=r"size1 = 0"):
        verify_consistency(0, 1, [EMPTY_ROOT], EMPTY_ROOT, EMPTY_ROOT)


def test_verify_inclusion_rejects_short_leaf_hash():
    # An empty leaf and an empty root would "match" for a one-leaf tree under RFC 9162.
    with pytest.raises(ProofError, match=r"^leaf hash is 0 bytes; expected 32 bytes$"):
        verify_inclusion(b"", 0, 1, [], b"")


def test_verify_inclusion_names_wrong_proof_length(reference_leaves):
    proof = inclusion_proof(reference_leaves, 5, 8)
    root = root_hash(reference_leaves)
    with pytest.raises(
        ProofError, match=r"^inclusion proof has 2 hashes; leaf 5 of a tree of size 8 needs 3$"
    ):
        verify_inclusion(reference_leaves[5], 5, 8, proof[:2], root)


def test_verify_inclusion_names_root_mismatch(reference_leaves):
    proof = inclusion_proof(reference_leaves, 5, 8)
    message = r"^root of tree size 8 recomputed from the proof is 5dc9da79a70659a9…"
    with pytest.raises(ProofError, match=message):
        verify_inclusion(reference_leaves[5], 5, 8, proof, EMPTY_ROOT)


def test_verify_subtree_inclusion_rejects_unaligned_subtree():
    message = r"^subtree \[3, 5\) is not a node of the tree: start must be a multiple of 2, "
    with pytest.raises(ProofError, match=message):
        verify_subtree_inclusion(EMPTY_ROOT, 3, 3, 5, [EMPTY_ROOT], EMPTY_ROOT)


# --------------------------------------------------------------- reference tree


def test_reference_tree_roots(reference, reference_leaves):
    expected = [bytes.fromhex(h) for h in reference["root_hashes_by_tree_size_hex"]]
    assert len(expected) == len(reference_leaves) + 1
    for size, want in enumerate(expected):
        assert root_hash(reference_leaves[:size]) == want, size
    assert expected[0] == EMPTY_ROOT


def test_reference_tree_node_hashes(reference, reference_leaves):
    levels = reference["node_hashes_by_level_hex"]
    assert [bytes.fromhex(h) for h in levels[0]] == reference_leaves
    for level, nodes in enumerate(levels):
        width = 1 << level
        for i, want in enumerate(nodes):
            got = root_hash(reference_leaves[i * width : (i + 1) * width])
            assert got == bytes.fromhex(want), (level, i)


def test_reference_tree_hasher_vectors(reference):
    for v in reference["hasher_vectors"]:
        want = bytes.fromhex(v["want"])
        if v["kind"] == "empty":
            assert EMPTY_ROOT == want == root_hash([])
        elif v["kind"] == "leaf":
            data = bytes.fromhex(v["input_hex"]) if "input_hex" in v else v["input_ascii"].encode()
            assert leaf_hash(data) == want, v["desc"]
        else:
            assert node_hash(v["left_ascii"].encode(), v["right_ascii"].encode()) == want
    assert HASH_SIZE == len(EMPTY_ROOT) == 32


def test_roots_at_reference_tree(reference, reference_leaves):
    expected = [bytes.fromhex(h) for h in reference["root_hashes_by_tree_size_hex"]]
    sizes = [8, 0, 3, 3, 5, 1]
    assert roots_at(iter(reference_leaves), sizes) == {s: expected[s] for s in sizes}


# ------------------------------------------------------ generated proofs, n <= 20


def test_inclusion_proof_all_positions_verify():
    leaves = _random_leaves(20, seed=1)
    for size in range(1, 21):
        root = root_hash(leaves[:size])
        for index in range(size):
            proof = inclusion_proof(leaves, index, size)
            assert verify_inclusion(leaves[index], index, size, proof, root) is None
            if index + 1 < size:
                with pytest.raises(ProofError):
                    verify_inclusion(leaves[index], index + 1, size, proof, root)
            with pytest.raises(ProofError):
                verify_inclusion(leaves[index], index, size, proof, node_hash(root, root))


def test_consistency_proof_all_sizes_verify():
    leaves = _random_leaves(20, seed=2)
    roots = [root_hash(leaves[:n]) for n in range(21)]
    for size2 in range(1, 21):
        for size1 in range(1, size2 + 1):
            proof = consistency_proof(leaves, size1, size2)
            assert verify_consistency(size1, size2, proof, roots[size1], roots[size2]) is None
            if size1 < size2:
                with pytest.raises(ProofError):
                    verify_consistency(size1, size2, proof, roots[size1 - 1], roots[size2])
                with pytest.raises(ProofError):
                    verify_consistency(size1, size2, proof, roots[size1], roots[size2 - 1])


def test_subtree_proofs_all_subtrees_verify():
    leaves = _random_leaves(20, seed=3)
    checked = 0
    for size in range(1, 21):
        root = root_hash(leaves[:size])
        for start, end in _valid_subtrees(size):
            sub = root_hash(leaves[start:end])
            proof = subtree_consistency_proof(leaves, start, end, size)
            assert verify_subtree_consistency(start, end, size, proof, sub, root) is None
            if start == 0:
                assert proof == consistency_proof(leaves, end, size)
            with pytest.raises(ProofError):
                verify_subtree_consistency(start, end, size, proof, node_hash(sub, sub), root)
            with pytest.raises(ProofError):
                verify_subtree_consistency(start, end, size, proof, sub, node_hash(root, root))
            for index in range(start, end):
                path = subtree_inclusion_proof(leaves, index, start, end)
                assert verify_subtree_inclusion(leaves[index], index, start, end, path, sub) is None
            checked += 1
    assert checked > 300


def test_proof_generation_rejects_bad_arguments():
    leaves = _random_leaves(4, seed=4)
    with pytest.raises(ValueError, match=r"^leaf index 4 is outside a tree of size 4$"):
        inclusion_proof(leaves, 4, 4)
    with pytest.raises(ValueError, match=r"^a tree of size 5 was requested but only 4 leaf hashes"):
        inclusion_proof(leaves, 0, 5)
    with pytest.raises(ValueError, match=r"expected 0 < size1 <= size2$"):
        consistency_proof(leaves, 0, 4)
    with pytest.raises(ValueError, match=r"is not a node of the tree"):
        subtree_consistency_proof(leaves, 1, 3, 4)


# ---------------------------------------------------- CompactRange and roots_at


def test_compact_range_matches_root_hash():
    leaves = _random_leaves(70, seed=5)
    compact = CompactRange()
    assert (compact.size, compact.root()) == (0, EMPTY_ROOT)
    for n, h in enumerate(leaves, start=1):
        compact.append(h)
        assert compact.size == n
        assert len(compact.hashes) == n.bit_count()
        assert compact.root() == root_hash(leaves[:n])


def test_compact_range_resumes_from_saved_state():
    leaves = _random_leaves(45, seed=6)
    first = CompactRange()
    for h in leaves[:29]:
        first.append(h)
    resumed = CompactRange(first.size, first.hashes)
    for h in leaves[29:]:
        resumed.append(h)
    assert resumed.root() == root_hash(leaves)


def test_compact_range_rejects_bad_input():
    message = r"^leaf hash 0 is 4 bytes; expected a 32-byte SHA-256 leaf hash$"
    with pytest.raises(ValueError, match=message):
        CompactRange().append(b"leaf")
    with pytest.raises(ValueError, match=r"^a compact range of size 3 holds 2 hashes, got 1"):
        CompactRange(3, [EMPTY_ROOT])


def test_roots_at_matches_root_hash():
    leaves = _random_leaves(100, seed=7)
    sizes = [100, 0, 1, 64, 63, 65, 17, 17]
    assert roots_at(leaves, sizes) == {s: root_hash(leaves[:s]) for s in sizes}


def test_roots_at_streams_without_reading_past_largest_size():
    # An endless generator: roots_at must hold no list of leaves and stop at size 1000.
    consumed = itertools.count()
    stream = (hashlib.sha256(b"%d" % next(consumed)).digest() for _ in itertools.count())
    got = roots_at(stream, [1000, 10])
    assert next(consumed) == 1000
    leaves = [hashlib.sha256(b"%d" % i).digest() for i in range(1000)]
    assert got == {1000: root_hash(leaves), 10: root_hash(leaves[:10])}


def test_roots_at_rejects_size_beyond_input():
    message = r"^tree size 5 was requested but only 3 leaf hashes were given$"
    with pytest.raises(ValueError, match=message):
        roots_at(_random_leaves(3, seed=8), [2, 5])


# ----------------------------------------------------------------- efficiency


def test_proofs_read_each_leaf_at_most_once():
    leaves = CountingLeaves(_random_leaves(1000, seed=9))
    for index in (0, 1, 511, 512, 998, 999):
        leaves.reads = 0
        inclusion_proof(leaves, index, 1000)
        assert leaves.reads <= 999
    for size1 in (1, 2, 500, 512, 999):
        leaves.reads = 0
        consistency_proof(leaves, size1, 1000)
        assert leaves.reads <= 1000


@pytest.mark.slow
def test_proofs_on_a_million_leaves():
    n = 1_000_003
    hashes = [i.to_bytes(HASH_SIZE, "big") for i in range(n)]
    roots = roots_at(hashes, [999_999, n])
    leaves = CountingLeaves(hashes)

    proof = inclusion_proof(leaves, 777_777, n)
    assert leaves.reads < n and len(proof) == 20
    verify_inclusion(hashes[777_777], 777_777, n, proof, roots[n])

    leaves.reads = 0
    proof = consistency_proof(leaves, 999_999, n)
    assert leaves.reads <= n
    verify_consistency(999_999, n, proof, roots[999_999], roots[n])
