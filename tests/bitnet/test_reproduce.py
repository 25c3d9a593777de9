"""The bitnet reproduction's memory claim reads real bytes: the projections as saved in each layout."""

from nanofrontier.bitnet.model import BitNetForCausalLM, tiny
from nanofrontier.bitnet.reproduce import projection_bytes


def test_projection_bytes_are_read_from_the_saved_packed_bf16_and_fp32_files():
    sizes = projection_bytes(BitNetForCausalLM(tiny()))
    assert sizes["fp32"] == 2 * sizes["bf16"]
    # 2 bits of 16 per weight, plus one 2-byte scale per projection: just over an eighth
    assert 0.125 < sizes["packed"] / sizes["bf16"] < 0.13
