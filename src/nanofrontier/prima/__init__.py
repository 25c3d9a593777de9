"""prima.cpp (arXiv 2504.08791): run a model that no single device can hold across a home cluster, with
piped-ring parallelism and the Halda layer scheduler.

    from nanofrontier.prima.profile_types import load_profiles, ModelProfile
    from nanofrontier.prima.halda import plan
    p = plan(load_profiles("profiles.json"), ModelProfile.load("model_profile.json"))
    p.w, p.n, p.k, p.predicted_ms, p.windows()

Modules: profile_types.py (device and model profiles, JSON), latency.py (the token-latency model),
halda.py (the MILP planner).
"""
