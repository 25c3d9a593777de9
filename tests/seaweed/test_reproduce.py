"""The reproduction's claims are decided by the measured numbers, both ways (the run itself is `nanofrontier
reproduce --only seaweed`, minutes long)."""

import pytest

from nanofrontier.seaweed.reproduce import _claims, flatten, run


def _inputs(*, psnr64=20.0, single64=15.0, judge=0.99, dir8=0.3, dir25=0.9, i2v=24.0, hybrid=0.40, dual=0.45):
    quality = lambda p: {"psnr": p, "psnr_std": 1.0, "ssim": 0.8, "ssim_std": 0.05}  # noqa: E731
    vae = {"48x_single": {"causality_gap": 0.0, "at_32px": quality(22.0), "at_64px": quality(single64)},
           "48x_mixed": {"causality_gap": 0.0, "at_32px": quality(22.0), "at_64px": quality(21.0)},
           "64x_mixed": {"causality_gap": 0.0, "at_32px": quality(psnr64), "at_64px": quality(19.0)}}
    scores = lambda d: {"shape": 0.9, "colour": 0.9, "direction": d, "toy_fvd": 10.0}  # noqa: E731
    return (vae, {"test": {"shape": judge, "colour": 1.0, "direction": 1.0}, "eval_clips": 32, "test_clips": 512},
            {"held_out_loss": {"hybrid": hybrid, "dual": dual},
             "held_out_loss_std_over_noise": {"hybrid": 0.001, "dual": 0.001}},
            {"count": 96, 8: scores(dir8), 25: scores(dir25)},
            {"first_frame_psnr": i2v, "vae_first_frame_psnr": 25.0, "flat_first_frame_psnr": 18.0})


def test_claims_hold_when_the_numbers_support_them():
    assert [c.holds for c in _claims(*_inputs())] == [True, False, True, True, True, True, True, True]


def test_claims_fail_when_the_numbers_do_not():
    claims = _claims(*_inputs(psnr64=23.0, single64=21.0, judge=0.9, dir8=0.9, dir25=0.3, i2v=18.0, hybrid=0.45,
                              dual=0.4))
    assert [c.holds for c in claims] == [True, True, False, False, False, False, False, False]


def test_a_loss_gap_inside_the_noise_is_reported_as_null():
    hybrid_claim = _claims(*_inputs(hybrid=0.4500, dual=0.4501))[-1]
    assert hybrid_claim.holds is False and "null effect" in hybrid_claim.measured


def test_metrics_are_flattened_and_an_unknown_preset_is_an_error(tmp_path):
    assert flatten({"a": {"b": 0.123456}, "c": [1]}) == {"a.b": 0.1235, "c": [1]}
    with pytest.raises(ValueError, match="unknown preset 'tiny'"):
        run("tiny", tmp_path)
