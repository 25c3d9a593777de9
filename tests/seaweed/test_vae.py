"""The causal video VAE: causality, compression settings, shapes, losses and the PatchGAN."""

import pytest
import torch

from nanofrontier.seaweed.discriminator import PatchDiscriminator3d, frozen_logits
from nanofrontier.seaweed.vae import (
    CausalConv3d,
    CausalVideoVAE,
    LatentDistribution,
    causality_gap,
    depth_to_space,
    space_to_depth,
    vae_48x,
    vae_64x,
)
from nanofrontier.seaweed.vae_trainer import VAETrainConfig, VAEWithDiscriminator, vae_loss

from .conftest import tiny_vae


def _randomize(vae):  # perturb every weight and bias, so that no path is silently zero
    with torch.no_grad():
        for p in vae.parameters():
            p.add_(0.05 * torch.randn_like(p))
    return vae


def test_encoding_frame_0_alone_equals_the_first_latent_slice_of_the_clip():
    vae = _randomize(tiny_vae())
    video = torch.rand(2, 3, 9, 16, 16) * 2 - 1
    assert causality_gap(vae, video) < 1e-5
    whole = vae.encode(video).mean
    assert whole.shape == (2, 16, 3, 2, 2)
    # and a longer clip's first latents do not depend on the frames added after them
    longer = torch.cat([video, torch.rand(2, 3, 4, 16, 16)], dim=2)
    assert torch.allclose(vae.encode(longer).mean[:, :, :3], whole, atol=1e-5)


def test_later_frames_change_later_latents_only():
    vae = _randomize(tiny_vae())
    video = torch.rand(1, 3, 9, 16, 16) * 2 - 1
    edited = video.clone()
    edited[:, :, 5:] = -edited[:, :, 5:]  # frames 5..8 belong to the last latent frame
    a, b = vae.encode(video).mean, vae.encode(edited).mean
    assert torch.allclose(a[:, :, :2], b[:, :, :2], atol=1e-6)
    assert not torch.allclose(a[:, :, 2], b[:, :, 2], atol=1e-4)


def test_decoding_is_causal_too():
    vae = _randomize(tiny_vae())
    z = torch.randn(1, 16, 3, 2, 2)
    z2 = z.clone()
    z2[:, :, 2] += 1
    a, b = vae.decode(z), vae.decode(z2)
    assert a.shape == (1, 3, 9, 16, 16)
    assert torch.allclose(a[:, :, :5], b[:, :, :5], atol=1e-6)


@pytest.mark.parametrize(("preset", "ratio", "factors"), [(vae_48x, 48, (4, 8)), (vae_64x, 64, (4, 16))])
def test_presets_have_the_reports_compression(preset, ratio, factors):
    cfg = preset(block_out_channels=(8, 8, 8))
    assert cfg.compression_ratio == ratio
    assert (cfg.temporal_compression, cfg.spatial_compression) == factors


def test_64x_latents_have_the_expected_shape():
    torch.manual_seed(0)
    vae = CausalVideoVAE(vae_64x(block_out_channels=(8, 8, 8)))
    recon, posterior = vae(torch.zeros(1, 3, 5, 32, 32))
    assert posterior.mean.shape == (1, 48, 2, 2, 2) == (1, *vae.latent_shape(5, 32, 32))
    assert recon.shape == (1, 3, 5, 32, 32)


def test_an_image_is_a_one_frame_video():
    vae = tiny_vae()
    recon, posterior = vae(torch.zeros(2, 3, 1, 16, 16), sample=False)
    assert posterior.mean.shape == (2, 16, 1, 2, 2) and recon.shape == (2, 3, 1, 16, 16)


def test_bad_video_shapes_are_named():
    vae = tiny_vae()
    with pytest.raises(ValueError, match=r"8 frames; the causal VAE needs 1 \+ 4k"):
        vae.encode(torch.zeros(1, 3, 8, 16, 16))
    with pytest.raises(ValueError, match="multiples of 8"):
        vae.encode(torch.zeros(1, 3, 5, 20, 16))
    with pytest.raises(ValueError, match=r"expected \[B, 3, T, H, W\]"):
        vae.encode(torch.zeros(1, 4, 5, 16, 16))
    with pytest.raises(ValueError, match=r"latents: expected \[B, 16"):
        vae.decode(torch.zeros(1, 8, 2, 2, 2))
    with pytest.raises(ValueError, match="temporal_downsample needs 2"):
        vae_48x(temporal_downsample=(True,))


def test_causal_conv_pads_time_in_front_only():
    conv = CausalConv3d(1, 1, (3, 1, 1))
    with torch.no_grad():
        conv.weight.fill_(1.0)
        conv.bias.zero_()
    x = torch.arange(4.0).reshape(1, 1, 4, 1, 1)
    # windows [x0, x0, x0], [x0, x0, x1], [x0, x1, x2], [x1, x2, x3]
    assert conv(x).flatten().tolist() == [0.0, 1.0, 3.0, 6.0]


def test_space_to_depth_round_trips():
    x = torch.randn(2, 3, 5, 8, 12)
    packed = space_to_depth(x, 4)
    assert packed.shape == (2, 48, 5, 2, 3)
    assert torch.equal(depth_to_space(packed, 4), x)


def test_kl_matches_the_closed_form():
    mean, logvar = torch.randn(2, 4, 1, 2, 2), torch.randn(2, 4, 1, 2, 2)
    kl = LatentDistribution(mean, logvar).kl()
    expected = torch.distributions.kl_divergence(
        torch.distributions.Normal(mean, (0.5 * logvar).exp()), torch.distributions.Normal(0.0, 1.0)).flatten(1).sum(1)
    assert torch.allclose(kl, expected, atol=1e-5)


def test_patchgan_uses_spectral_norm_and_no_batchnorm():
    disc = PatchDiscriminator3d(channels=4)
    convs = [m for m in disc.modules() if isinstance(m, torch.nn.Conv3d)]
    assert convs and all(hasattr(m, "parametrizations") and "weight" in m.parametrizations for m in convs)
    assert not any(isinstance(m, torch.nn.modules.batchnorm._BatchNorm) for m in disc.modules())
    assert disc(torch.zeros(2, 3, 1, 16, 16)).shape == (2, 1, 1, 4, 4)  # an image is scored too


def test_generator_term_leaves_the_discriminator_untouched():
    disc = PatchDiscriminator3d(channels=4)
    fake = torch.randn(1, 3, 1, 16, 16, requires_grad=True)
    frozen_logits(disc, fake).mean().backward()
    assert fake.grad is not None
    assert all(p.grad is None for p in disc.parameters())


def test_vae_loss_is_l1_plus_weighted_kl_and_adds_gan_terms():
    vae = tiny_vae()
    cfg = VAETrainConfig(vae=vae.config, sizes=(16,), kl_weight=1e-3, gan_weight=0.1)
    video = torch.rand(2, 3, 5, 16, 16) * 2 - 1
    torch.manual_seed(3)
    loss, metrics = vae_loss(VAEWithDiscriminator(vae, None), {"video": video, "step": 0}, cfg)
    assert loss.item() == pytest.approx(metrics["l1"] + 1e-3 * metrics["kl"], rel=1e-5)
    squared = VAETrainConfig(vae=vae.config, sizes=(16,), l1_weight=0.0, l2_weight=1.0, kl_weight=0.0)
    loss, _ = vae_loss(VAEWithDiscriminator(vae, None), {"video": video, "step": 0}, squared)
    with torch.no_grad():
        recon = vae.decode(vae.encode(video).mean)
    assert loss.item() == pytest.approx((recon - video).pow(2).mean().item(), rel=1e-3)  # posterior std ~0.05
    with_gan = VAEWithDiscriminator(vae, PatchDiscriminator3d(channels=4))
    loss, metrics = vae_loss(with_gan, {"video": video, "step": 0}, cfg)
    assert {"d_loss", "g_loss"} <= metrics.keys()
    loss.backward()
    assert all(p.grad is not None for p in with_gan.disc.parameters())
