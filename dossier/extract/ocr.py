"""OCR of page images: which engine reads which script, and a check that no line was skipped.

Engines. RapidOCR runs the PP-OCRv4 detector, the 180° line classifier and the Chinese
recogniser (ONNX models shipped inside the rapidocr-onnxruntime wheel; nothing is
downloaded): it reads simplified and traditional Chinese, horizontal and vertical, and
Latin text. Tesseract reads Uyghur (``uig``), Latin scripts (``eng`` and other packs) and
Chinese (``chi_sim``/``chi_tra``) where RapidOCR is off or missed a line.

The rule for one page image (there is no text yet to decide by):
1. The skew is measured (projection profile of the ink, within ±15°) and undone.
2. RapidOCR detects the text lines and reads six of them, spread over the page, to tell
   the script. When it detects none, or most lines stand upright and are not Chinese,
   Tesseract's orientation detection (OSD) says whether the page is turned by 90, 180 or
   270 degrees; the page is turned back and detected again.
3. Script. If the sample read little or nothing (RapidOCR has no Arabic-script model, so a
   Uyghur line comes back empty or as noise), Tesseract ``uig`` reads the page and wins
   when it finds more Arabic-script letters than RapidOCR would read on the whole page.
   If the sample holds no Han and is mostly Latin, Tesseract reads the page with the
   configured Latin packs (``eng``...) and wins when it reads at least 80% of the letters
   the sample promises: it keeps the spaces between words and the paragraph breaks,
   which PP-OCR drops ("roomsuchjusteasy"), and is several times faster on Latin pages.
   Otherwise (Chinese, or mixed with Han) RapidOCR reads the remaining lines.
4. Completeness: the detected lines are checked against the recognised ones, and the ink
   against both. A line read empty or below 0.5 confidence (RapidOCR silently drops
   those) is read again from a padded crop, then by Tesseract; ink outside every line
   read (a line the detector or Tesseract's layout analysis missed) is cut into
   line-shaped strips and read the same way. Lines that stay unread and look like text
   (a row of glyph-sized marks on a paper-like page) are counted in a warning: the page's
   OCR is then known to be incomplete rather than trusted blindly.
5. Without RapidOCR, Tesseract reads the page with every configured pack, after OSD.

Word boxes are ``[x0, y0, x1, y1, text, confidence]`` in the coordinates of the image
given (times ``scale``: a PDF page passes 72/dpi to get points), mapped back through the
deskew and rotation. Each worker runs one page at a time on one core (the pool already
has one worker per core), so onnxruntime, OpenCV and Tesseract get one thread each.

The page image and what its pixels say (shrinking, deskew, rotation, ink) are in
``ocr_image.py``; what is installed and the calls to each engine are in ``ocr_engines.py``.
This module holds the rule above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from .. import settings
from ..errors import ConfigError
from .language import script_counts
from .ocr_engines import _osd, _rapid_engine, _rapid_words, _tesseract_tsv, apt_package, tesseract_langs
from .ocr_image import _crop, _gaps, _looks_like_text, _paper, _shrink, _Work

ENGINES = ("rapidocr", "tesseract")
MIN_CONFIDENCE = 0.5  # RapidOCR's own cut-off for a recognised line
TESSERACT_MIN_CONFIDENCE = 60  # mean word confidence (0-100) for a re-read line to count
SAMPLE_LINES = 6  # lines RapidOCR reads first to tell the page's script
REC_HEIGHT = 48  # the height of a line in RapidOCR's classifier and recogniser
TESSERACT_DPI = 300
TESSERACT_LINE_HEIGHT = 36  # smaller detected lines are enlarged for Tesseract, which wants tall letters
_SPACE_IN_HAN = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")


@dataclass
class Line:
    """One text line found on the processed page image."""

    box: tuple[float, float, float, float]
    text: str
    conf: float
    words: list[list[Any]] = field(default_factory=list)
    block: int = 0  # Tesseract's block number; a new block starts a paragraph


@dataclass
class PageText:
    """What OCR read on one page."""

    text: str
    words: list[list[Any]]
    engine: str


# -- configuration -----------------------------------------------------------------


@dataclass(frozen=True)
class OcrConfig:
    """Engines and Tesseract packs from DOSSIER_OCR_ENGINES and DOSSIER_OCR_LANGS."""

    engines: tuple[str, ...]
    langs: tuple[str, ...]

    @classmethod
    def from_settings(cls) -> "OcrConfig":
        """Return the configured engines and packs; raises ConfigError for an unknown engine."""
        engines = tuple(e for e in str(settings.get("ocr_engines")).split(",") if e and e != "none")
        unknown = [e for e in engines if e not in ENGINES]
        if unknown:
            raise ConfigError(f"DOSSIER_OCR_ENGINES has value {settings.get('ocr_engines')!r}; "
                              f"expected a comma-separated list of {', '.join(ENGINES)}, or none")
        langs = tuple(lang for lang in str(settings.get("ocr_langs")).split(",") if lang)
        return cls(engines, langs)


class PageReader:
    """Reads the page images of one document, collecting warnings about missing engines once."""

    def __init__(self, tmp: str | Path, config: OcrConfig | None = None):
        self.tmp = Path(tmp)
        self.config = config or OcrConfig.from_settings()
        self.warnings: list[str] = []
        self._missing: list[str] = []
        self.rapid: Any = None
        if "rapidocr" in self.config.engines:
            engine = _rapid_engine()
            if isinstance(engine, ImportError):
                self._missing.append(f"OCR engine rapidocr cannot be loaded ({engine}); install the Python "
                                     "package rapidocr-onnxruntime (scripts/install does)")
            else:
                self.rapid = engine
        self.packs: tuple[str, ...] = ()
        self.osd = False
        if "tesseract" in self.config.engines:
            installed = tesseract_langs()
            if not installed:
                self._missing.append("OCR engine tesseract is not installed; install the Debian package "
                                     "tesseract-ocr")
            else:
                self.packs = tuple(lang for lang in self.config.langs if lang in installed)
                self.osd = "osd" in installed
                for lang in self.config.langs:
                    if lang not in installed:
                        self._missing.append(f"Tesseract language pack {lang!r} is not installed; install the "
                                             f"Debian package {apt_package(lang)}")
        self._reported = False

    @property
    def usable(self) -> bool:
        """Return True when at least one engine can read pages."""
        return self.rapid is not None or bool(self.packs)

    def _report_missing(self) -> None:
        if not self._reported:
            self.warnings.extend(self._missing)
            self._reported = True

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def read(self, image: Image.Image | None, number: int, dpi: float = 300,
             scale: float = 1.0) -> PageText | None:
        """OCR one page image; returns None (and a warning) when no engine is available."""
        self._report_missing()
        if not self.usable:
            if not self.config.engines:
                self._warn("OCR is turned off (DOSSIER_OCR_ENGINES=none); pages without text stay unread")
            else:
                self._warn("no OCR engine is available; pages without a text layer stay unread (needs-ocr)")
            return None
        assert image is not None, "a usable reader needs the page image"
        page = _Work(image, dpi)
        if self.rapid is not None:
            engine, lines = self._read_rapid(page, number)
        else:
            self._orient(page, number)
            engine, lines = "tesseract", self._complete(page, self._tesseract(page, self.packs), number, self.packs)
        return PageText(_join(lines), [page.to_original(w, scale) for line in lines for w in line.words], engine)

    # -- RapidOCR first, then Tesseract where it reads the script better --------------

    def _read_rapid(self, page: "_Work", number: int) -> tuple[str, list[Line]]:
        quads = self._detect(page)
        sample_at = _spread(len(quads), SAMPLE_LINES)
        sample = self._recognise(page, [quads[i] for i in sample_at])
        if _turned(quads, sample) and self._orient(page, number):
            quads = self._detect(page)
            sample_at = _spread(len(quads), SAMPLE_LINES)
            sample = self._recognise(page, [quads[i] for i in sample_at])
        counts = _counts(sample)
        letters = sum(counts.values())
        read_share = sum(1 for ln in sample if ln.conf >= MIN_CONFIDENCE) / len(sample) if sample else 0.0
        expected = letters * len(quads) / max(1, len(sample))  # letters RapidOCR would read on the whole page
        confidence = sum(ln.conf for ln in sample) / len(sample) if sample else 0.0
        candidates: list[tuple[float, tuple[str, ...], list[Line]]] = []
        # RapidOCR has no Arabic script: a Uyghur line comes back empty, unread, or as
        # pseudo-Latin of middling confidence ("Ciga' uiyw dliwlw"), never as Arabic letters.
        arabic_possible = letters < 5 or read_share < 0.5 or (counts["Han"] * 2 < letters and confidence < 0.9)
        if quads and arabic_possible and "uig" in self.packs:
            uig = self._tesseract(page, ("uig",))
            if script_counts(_join(uig))["Arab"] >= 0.5 * expected:
                candidates.append((_mean_conf(uig), ("uig",), uig))
        latin_packs = tuple(p for p in self.packs if p != "uig" and not p.startswith("chi_"))
        if counts["Han"] == 0 and counts["Latn"] > counts["Arab"] and latin_packs:
            latin = self._tesseract(page, latin_packs)
            # Tesseract reads an upside-down page as noise with low confidence (RapidOCR's
            # classifier turned each line): turn the page itself and read it again.
            if _mean_conf(latin) < 0.6 and not candidates and self._orient(page, number):
                latin = self._tesseract(page, latin_packs)
                quads, sample_at = self._detect(page), []
            if script_counts(_join(latin))["Latn"] >= 0.8 * expected:
                candidates.append((_mean_conf(latin), latin_packs, latin))
        if candidates:  # Tesseract's word confidences tell which of its languages fits the page
            _, packs, lines = max(candidates, key=lambda c: c[0])
            return "tesseract", self._complete(page, lines, number, packs)
        done = dict(zip(sample_at, sample))
        rest = [i for i in range(len(quads)) if i not in done]
        done.update(zip(rest, self._recognise(page, [quads[i] for i in rest])))
        lines = [done[i] for i in range(len(quads))]
        return "rapidocr", self._complete(page, lines, number, self._reread_packs(counts), MIN_CONFIDENCE)

    def _detect(self, page: "_Work") -> list[np.ndarray]:
        """Return RapidOCR's text line quadrilaterals, top to bottom, in the page image's pixels."""
        boxes, _ = self.rapid(page.image, use_det=True, use_cls=False, use_rec=False)
        quads = [np.array(box, dtype=np.float32) for box in boxes or []]
        heights = sorted(min(_quad_size(q)) for q in quads)
        page.line_height = heights[len(heights) // 2] if heights else 0.0
        return quads

    def _recognise(self, page: "_Work", quads: list[np.ndarray]) -> list[Line]:
        """Read detected lines, cut from the full-resolution page (RapidOCR alone would cut them
        from its 2000-pixel working copy); every line comes back, read or not."""
        if not quads:
            return []
        # The models see each line 48 pixels tall; shrinking it there by area averaging keeps the
        # strokes that their own linear resize of a full-resolution crop skips (with it, the
        # 180° classifier turned some sharp lines upside down, and they came back empty).
        crops = [_shrink(crop, REC_HEIGHT) for crop in self.rapid.get_crop_img_list(page.image, quads)]
        if page.upside_down is None:
            # The 180° classifier squeezes a line into 192 pixels and then errs on some long lines;
            # the lines of one page share its orientation, so their majority decides for all.
            _, votes, _ = self.rapid.text_cls(crops)
            flipped = sum(1 for label, score in votes if "180" in label and score > self.rapid.text_cls.cls_thresh)
            page.upside_down = flipped > len(votes) / 2
        if page.upside_down:
            crops = [cv2.rotate(crop, cv2.ROTATE_180) for crop in crops]
        results, _ = self.rapid.text_rec(crops, True)
        lines = []
        for quad, item in zip(quads, self.rapid.cal_rec_boxes(crops, quads, results)):
            text, conf = str(item[0]).strip(), float(item[1])
            box = (float(quad[:, 0].min()), float(quad[:, 1].min()), float(quad[:, 0].max()), float(quad[:, 1].max()))
            words = _rapid_words(item[2:5], conf) if item[2] else []
            lines.append(Line(box, text, conf, words or ([[*box, text, round(conf, 3)]] if text else [])))
        return lines

    def _reread_packs(self, counts: dict[str, int]) -> tuple[str, ...]:
        if counts["Han"] >= counts["Latn"]:
            return tuple(p for p in self.packs if p.startswith("chi_"))
        return tuple(p for p in self.packs if p != "uig" and not p.startswith("chi_"))

    def _orient(self, page: "_Work", number: int) -> bool:
        """Turn the page upright by Tesseract OSD; returns True when it was turned."""
        if not self.osd:
            if "tesseract" in self.config.engines and tesseract_langs():
                self._warn("page orientation cannot be detected: Tesseract's OSD data is missing; install the "
                           f"Debian package {apt_package('osd')}")
            return False
        degrees = _osd(page.image, self.tmp)
        if degrees:
            page.rotate(-degrees)
            page.deskew()
            return True
        return False

    # -- completeness ----------------------------------------------------------------

    def _complete(self, page: "_Work", lines: list[Line], number: int, packs: tuple[str, ...],
                  min_conf: float = 0.0) -> list[Line]:
        """Re-read lines read empty or below min_conf and ink no line covers; warn about lines that stay unread."""
        gray = page.gray()
        good = [ln for ln in lines if ln.text and ln.conf >= min_conf]
        suspects = [ln.box for ln in lines if not (ln.text and ln.conf >= min_conf)]
        heights = sorted(_height(ln.box) for ln in good) or sorted(_height(b) for b in suspects)
        line_height = heights[len(heights) // 2] if heights else 0.0
        if line_height and _paper(page.image):  # on a photo or a poster, loose ink is mostly pictures
            suspects += _gaps(gray, [ln.box for ln in lines], line_height)
        suspects = [box for box in suspects if _looks_like_text(_crop(gray, box, 0.15), line_height)]
        if not suspects:
            return good
        recovered: dict[int, Line] = {}
        if self.rapid is not None:
            for index, box in enumerate(suspects):
                res, _ = self.rapid(_crop(page.image, box, 0.3), use_det=False, use_cls=True, use_rec=True)
                if res and res[0][0].strip() and float(res[0][1]) >= MIN_CONFIDENCE:
                    text, conf = res[0][0].strip(), float(res[0][1])
                    recovered[index] = Line(box, text, conf, [[*box, text, round(conf, 3)]])
        pending = [i for i in range(len(suspects)) if i not in recovered]
        if pending and packs:
            for index, line in self._tesseract_crops(page, [suspects[i] for i in pending], packs).items():
                recovered[pending[index]] = line
        unread = len(suspects) - len(recovered)
        if unread:
            self._warn(f"page {number}: {unread} of {len(good) + len(suspects)} text lines could not be read by "
                       "OCR; the page's text is incomplete, check its image")
        if not recovered:
            return good
        for line in recovered.values():  # placed by position among the lines read at first
            line.block = next((ln.block for ln in good if ln.box[1] >= line.box[1]), good[-1].block if good else 0)
        return sorted(good + list(recovered.values()), key=lambda ln: (ln.box[1], ln.box[0]))

    # -- Tesseract ---------------------------------------------------------------------

    def _tesseract(self, page: "_Work", packs: tuple[str, ...]) -> list[Line]:
        """Read the whole page with Tesseract, enlarged first when its text is small."""
        factor = 1.0
        if 0 < page.line_height < TESSERACT_LINE_HEIGHT:
            factor = min(3.0, TESSERACT_LINE_HEIGHT / page.line_height)
        return self._tesseract_lines(page.image, packs, page.dpi, factor=factor)

    def _tesseract_lines(self, image: np.ndarray, packs: tuple[str, ...], dpi: float, psm: int = 3,
                         factor: float = 1.0) -> list[Line]:
        if not packs:
            return []
        if factor != 1.0:
            image = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
        # Tesseract sizes its noise filters by the resolution: what it should be told is the
        # resolution at which the (enlarged) letters would be normal print, not the scan's.
        rows = _tesseract_tsv(image, packs, TESSERACT_DPI, psm, self.tmp)
        lines: dict[tuple[int, int, int], Line] = {}
        for row in rows:
            key = (row["block"], row["par"], row["line"])
            word = [row["left"] / factor, row["top"] / factor, (row["left"] + row["width"]) / factor,
                    (row["top"] + row["height"]) / factor, row["text"], round(row["conf"] / 100, 3)]
            line = lines.setdefault(key, Line(tuple(word[:4]), "", 0.0, [], block=row["block"] * 1000 + row["par"]))
            line.words.append(word)
        result = []
        for line in lines.values():
            xs0, ys0, xs1, ys1 = zip(*[w[:4] for w in line.words])
            line.box = (min(xs0), min(ys0), max(xs1), max(ys1))
            line.text = _SPACE_IN_HAN.sub("", " ".join(w[4] for w in line.words))
            line.conf = sum(w[5] for w in line.words) / len(line.words)
            result.append(line)
        return result

    def _tesseract_crops(self, page: "_Work", boxes: list[tuple[float, float, float, float]],
                         packs: tuple[str, ...]) -> dict[int, Line]:
        """Read line crops in one Tesseract run: stacked with white space, then told apart by position."""
        crops = [_crop(page.image, box, 0.3) for box in boxes]
        gap = 20
        width = max(c.shape[1] for c in crops) + 2 * gap
        height = sum(c.shape[0] + gap for c in crops) + gap
        sheet = np.full((height, width, 3), 255, dtype=np.uint8)
        spans = []
        y = gap
        for crop in crops:
            sheet[y:y + crop.shape[0], gap:gap + crop.shape[1]] = crop
            spans.append((y, y + crop.shape[0]))
            y += crop.shape[0] + gap
        heights = sorted(_height(b) for b in boxes)
        factor = min(3.0, max(1.0, TESSERACT_LINE_HEIGHT / max(1.0, heights[len(heights) // 2])))
        found: dict[int, Line] = {}
        for line in self._tesseract_lines(sheet, packs, page.dpi, psm=6, factor=factor):
            middle = (line.box[1] + line.box[3]) / 2
            for index, (top, bottom) in enumerate(spans):
                if top <= middle <= bottom and line.conf * 100 >= TESSERACT_MIN_CONFIDENCE \
                        and any(c.isalnum() for c in line.text):
                    box = boxes[index]
                    if index in found:
                        found[index].text += " " + line.text
                    else:
                        found[index] = Line(box, line.text, line.conf, [[*box, line.text, round(line.conf, 3)]])
        return found


# -- the lines read -------------------------------------------------------------------


def _turned(quads: list[np.ndarray], sample: list[Line]) -> bool:
    """Return True when the page may lie on its side: no line found, or upright lines that are not Chinese."""
    if not quads:
        return True
    upright = sum(1 for q in quads if _quad_size(q)[1] > 1.5 * _quad_size(q)[0])
    counts = _counts(sample)
    return upright > len(quads) / 2 and counts["Han"] < sum(counts.values()) / 2


def _quad_size(quad: np.ndarray) -> tuple[float, float]:
    """Return (width, height) of a detected line's axis-aligned bounds."""
    return float(quad[:, 0].max() - quad[:, 0].min()), float(quad[:, 1].max() - quad[:, 1].min())


def _spread(count: int, wanted: int) -> list[int]:
    """Return up to wanted indices spread evenly over range(count)."""
    if count <= wanted:
        return list(range(count))
    return sorted({round(i * (count - 1) / (wanted - 1)) for i in range(wanted)})


def _counts(lines: list[Line]) -> dict[str, int]:
    """Return the script counts of the lines RapidOCR read with confidence."""
    return script_counts(" ".join(ln.text for ln in lines if ln.conf >= MIN_CONFIDENCE))


def _mean_conf(lines: list[Line]) -> float:
    words = [w[5] for ln in lines for w in ln.words]
    return sum(words) / len(words) if words else 0.0


def _width(box: tuple[float, float, float, float]) -> float:
    return box[2] - box[0]


def _height(box: tuple[float, float, float, float]) -> float:
    return box[3] - box[1]


# -- text ------------------------------------------------------------------------------


def _join(lines: list[Line]) -> str:
    """Return the page text: lines in reading order, a blank line between paragraphs."""
    if not lines:
        return ""
    if all(ln.block for ln in lines):  # Tesseract: its own blocks and paragraphs
        out, last = [], lines[0].block
        for line in lines:
            if line.block != last:
                out.append("")
                last = line.block
            out.append(line.text)
        return "\n".join(out).strip()
    if sum(1 for ln in lines if _height(ln.box) > 1.5 * _width(ln.box)) > len(lines) / 2:
        # Vertical writing: columns read from right to left.
        return "\n".join(ln.text for ln in sorted(lines, key=lambda ln: -ln.box[2]) if ln.text)
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1] + ln.box[3]) / 2):
        middle = (line.box[1] + line.box[3]) / 2
        if rows and rows[-1][0].box[1] <= middle <= rows[-1][0].box[3]:
            rows[-1].append(line)
        else:
            rows.append([line])
    heights = sorted(_height(row[0].box) for row in rows)
    typical = heights[len(heights) // 2]
    out = []
    previous_bottom = None
    for row in rows:
        row.sort(key=lambda ln: ln.box[0])
        top = min(ln.box[1] for ln in row)
        if previous_bottom is not None and top - previous_bottom > 1.2 * typical:
            out.append("")
        out.append(" ".join(ln.text for ln in row if ln.text))
        previous_bottom = max(ln.box[3] for ln in row)
    return "\n".join(out).strip()

