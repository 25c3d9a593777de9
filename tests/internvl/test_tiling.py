"""Dynamic tiling on real image files: the released aspect-ratio match, the tile count with the thumbnail, the
normalisation, and errors that name a bad file."""

import numpy as np
import pytest
import torch
from PIL import Image

from nanofrontier.internvl.tiling import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    ImageError,
    ImageProcessor,
    candidate_grids,
    closest_grid,
    dynamic_tiles,
    open_image,
)


@pytest.mark.parametrize("size, grid", [
    ((448, 448), (1, 1)),      # square and small: one tile (a 2x2 grid has the same ratio but 4x the area)
    ((800, 800), (2, 2)),      # square: the tie goes to the larger grid while area > half of the grid's
    ((1000, 1000), (3, 3)),    # 1e6 > 0.5 * 448² * 9 = 903,168: on to 3 x 3
    ((896, 448), (2, 1)),      # 2:1 landscape
    ((448, 1344), (1, 3)),     # 1:3 portrait
    ((1920, 1080), (4, 2)),    # 16:9 -> 2:1 is closest (1.78 vs 2.0; 3:2 is 1.5), and large enough for 4 x 2
    ((4000, 300), (12, 1)),    # very wide: the widest grid allowed
])
def test_grid_matches_the_released_rule_on_known_aspect_ratios(size, grid):
    assert closest_grid(*size, tile=448, min_tiles=1, max_tiles=12) == grid


def test_grid_agrees_with_transformers_on_random_sizes():
    got_ocr2 = pytest.importorskip("transformers.models.got_ocr2.image_processing_pil_got_ocr2")
    rng = np.random.default_rng(0)
    for w, h in rng.integers(20, 3000, size=(300, 2)).tolist():
        for max_tiles in (1, 6, 12):
            want = got_ocr2.get_optimal_tiled_canvas((h, w), (448, 448), 1, max_tiles)
            assert closest_grid(w, h, tile=448, min_tiles=1, max_tiles=max_tiles) == tuple(want), (w, h, max_tiles)


def test_candidate_grids_are_ordered_by_tile_count():
    grids = candidate_grids(1, 4)
    assert set(grids) == {(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 4), (2, 2), (4, 1)}
    assert [c * r for c, r in grids] == sorted(c * r for c, r in grids)


def test_tiles_are_cut_row_major_with_a_thumbnail_after(tmp_path):
    image = Image.new("RGB", (64, 32))
    image.paste((255, 0, 0), (0, 0, 32, 32))
    image.paste((0, 0, 255), (32, 0, 64, 32))
    tiles = dynamic_tiles(image, tile=32, max_tiles=4)
    assert len(tiles) == 3  # 2 x 1 grid + thumbnail
    assert tiles[0].getpixel((16, 16)) == (255, 0, 0) and tiles[1].getpixel((16, 16)) == (0, 0, 255)
    assert tiles[2].size == (32, 32)
    assert len(dynamic_tiles(image, tile=32, max_tiles=4, use_thumbnail=False)) == 2
    assert len(dynamic_tiles(image.resize((32, 32)), tile=32, max_tiles=4)) == 1  # one tile: no thumbnail


def test_processor_normalises_with_imagenet_statistics(tmp_path):
    path = tmp_path / "grey.png"
    Image.new("RGB", (28, 28), (128, 128, 128)).save(path)
    x = ImageProcessor(tile=28, max_tiles=6).load(path)
    assert x.shape == (1, 3, 28, 28) and x.dtype == torch.float32
    want = (128 / 255 - np.array(IMAGENET_MEAN)) / np.array(IMAGENET_STD)
    assert torch.allclose(x[0, :, 5, 5], torch.tensor(want, dtype=torch.float32), atol=1e-5)


def test_processor_tiles_a_wide_file_and_converts_grey_and_rgba(tmp_path):
    Image.new("L", (84, 28), 200).save(tmp_path / "wide.png")
    Image.new("RGBA", (28, 28), (10, 20, 30, 40)).save(tmp_path / "alpha.png")
    processor = ImageProcessor(tile=28, max_tiles=6)
    assert processor.load(tmp_path / "wide.png").shape == (4, 3, 28, 28)  # 3 x 1 + thumbnail
    assert processor.load(tmp_path / "alpha.png").shape == (1, 3, 28, 28)
    assert ImageProcessor(tile=28, dynamic=False).load(tmp_path / "wide.png").shape == (1, 3, 28, 28)


def test_unreadable_file_is_named(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("this is not an image")
    with pytest.raises(ImageError, match=r"notes.png: not a readable image"):
        open_image(path)


def test_truncated_file_is_named(tmp_path):
    path = tmp_path / "cut.png"
    Image.new("RGB", (64, 64), (1, 2, 3)).save(path)
    path.write_bytes(path.read_bytes()[:60])
    with pytest.raises(ImageError, match=r"cut.png: not a readable image"):
        open_image(path)


def test_zero_byte_file_and_zero_size_image_are_named(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(ImageError, match=r"empty.jpg: empty file \(0 bytes\)"):
        open_image(path)
    with pytest.raises(ImageError, match=r"<image in memory>: zero-size image \(0x5\)"):
        ImageProcessor(tile=28)(Image.new("RGB", (0, 5)))


def test_missing_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.png: no such image file"):
        open_image(tmp_path / "nowhere.png")
