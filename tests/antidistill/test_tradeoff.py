"""The gap at matched teacher accuracy, on points written here."""

import pytest

from nanofrontier.antidistill.tradeoff import Point, best_gap, interpolate, matched_gaps, plot_tradeoff


def point(family, teacher, student, *, seed=0, lam=0.0, tau=1.0, upper=None):
    return Point(sampler=f"{family}-{lam}-{tau}", family=family, tau=tau, lam=lam, seed=seed, teacher_acc=teacher,
                 student_acc=student, proxy_student_acc=upper)


TEMPERATURE = [point("temperature", 0.98, 0.80, tau=1.0), point("temperature", 0.90, 0.70, tau=1.3),
               point("temperature", 0.70, 0.40, tau=1.6)]


def test_interpolation_is_linear_in_teacher_accuracy_and_refuses_points_outside_the_curve():
    curve = [(p.teacher_acc, p.student_acc) for p in TEMPERATURE]
    assert interpolate(curve, 0.94) == pytest.approx(0.75)
    assert interpolate(curve, 0.80) == pytest.approx(0.55)
    assert interpolate(curve, 0.99) == pytest.approx(0.80)  # within the tolerance: clamped
    assert interpolate(curve, 0.60) is None and interpolate([], 0.5) is None
    assert interpolate([(0.5, 0.2), (0.5, 0.4), (0.9, 0.8)], 0.5) == pytest.approx(0.3)  # equal x averaged


def test_gaps_compare_each_antidistillation_point_with_its_own_seed_and_skip_unmatched_ones():
    other_seed = [point("temperature", 0.98, 0.20, seed=1, tau=1.0), point("temperature", 0.70, 0.10, seed=1, tau=1.6)]
    ads = [point("antidistill", 0.94, 0.30, lam=0.1), point("antidistill", 0.94, 0.05, lam=0.1, seed=1),
           point("antidistill", 0.50, 0.00, lam=1.0)]
    gaps = matched_gaps(TEMPERATURE + other_seed + ads)
    assert gaps.keys() == {0.1}
    assert gaps[0.1][0] == pytest.approx(0.45)
    seed1 = 0.1 + (0.94 - 0.7) / (0.98 - 0.7) * 0.1 - 0.05
    assert gaps[0.1][1] == pytest.approx(seed1)
    best = best_gap(gaps)
    assert best["lam"] == 0.1 and best["mean"] == pytest.approx((0.45 + seed1) / 2)
    assert best["spread"] == pytest.approx(0.45 - seed1)
    assert best_gap({}) is None
    assert best_gap({0.1: {0: 0.01, 1: 0.02}, 0.3: {1: 0.5}})["lam"] == 0.1  # matched in both seeds wins


def test_gaps_of_the_proxy_as_student_use_its_own_accuracies(tmp_path):
    points = [point("temperature", 0.98, 0.8, upper=0.9), point("temperature", 0.7, 0.4, upper=0.5),
              point("antidistill", 0.98, 0.7, lam=0.3, upper=0.1)]
    assert matched_gaps(points, key="proxy_student_acc")[0.3][0] == pytest.approx(0.8)
    assert matched_gaps(points)[0.3][0] == pytest.approx(0.1)
    path = plot_tradeoff(points, tmp_path / "t.png", {"undistilled": 0.0})
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_loss_gap_counts_a_higher_antidistillation_loss_as_worse(tmp_path):
    points = [Point(sampler="t1", family="temperature", tau=0.5, lam=0.0, seed=0, teacher_acc=0.9, student_acc=0.1,
                    student_nll=1.0),
              Point(sampler="t2", family="temperature", tau=1.3, lam=0.0, seed=0, teacher_acc=0.5, student_acc=0.0,
                    student_nll=2.0),
              Point(sampler="a", family="antidistill", tau=0.5, lam=0.2, seed=0, teacher_acc=0.7, student_acc=0.0,
                    student_nll=2.5)]
    assert matched_gaps(points, key="student_nll")[0.2][0] == pytest.approx(2.5 - 1.5)
    assert matched_gaps(points)[0.2][0] == pytest.approx(0.05)
    path = plot_tradeoff(points, tmp_path / "nll.png", {"undistilled NLL": 3.0}, key="student_nll")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_sweeps_lambdas_are_relative_to_the_tilts_scale_and_both_families_are_swept():
    from nanofrontier.antidistill.sweep import samplers, sweep_preset

    preset = sweep_preset("quick")
    got = samplers(preset, 1e-3, delta_rms=4.0)
    assert [s.tau for s in got if s.family == "temperature"] == list(preset.taus)
    ads = [s for s in got if s.family == "antidistill"]
    assert [s.lam for s in ads] == pytest.approx([lam / 4.0 for lam in preset.lambdas], rel=1e-3)
    assert all(s.tau == preset.ads_tau and s.eps == 1e-3 for s in ads)
    with pytest.raises(ValueError, match="unknown sweep preset 'huge'"):
        sweep_preset("huge")
