"""Antidistillation sampling (Savani et al., 2025): sample a teacher's reasoning traces so that they keep
their accuracy but make poor training data for a student distilled from them.

    from nanofrontier.antidistill.gradient import proxy_grad, save_grad, load_grad
    from nanofrontier.antidistill.processor import AntidistillProcessor, PerturbedPair

    g = proxy_grad(proxy, holdout_examples)                    # ∇ of the proxy's held-out loss, unit norm
    pair = PerturbedPair(proxy, g, eps=1e-2)                   # θ_P ± εg, built once
    out = core.sample.generate(teacher, prompts, SampleConfig(temperature=1.0),
                               processors=[AntidistillProcessor(pair, lam=0.1, tau=1.0)])

Modules: `processor` (the sampling rule as a core.sample logits processor, the JVP reference),
`gradient` (g, its file, the proxy fingerprint), `engine` (serving through core.serve with a
per-request "antidistill" field), `task` (column addition with answer-neutral freedom), `distill`
(SFT on traces), `traces` (samplers, trace files, accuracy), `models` (teacher / proxy / student),
`pipeline` (the resumable steps), `sweep` and `tradeoff` (the experiment and its gap at matched teacher
accuracy), `cli`, `reproduce`. See docs/antidistill.md.
"""
