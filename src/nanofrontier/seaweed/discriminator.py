"""A 3-D PatchGAN for the VAE (Seaweed-7B report, §3.1 "Training stability"): every convolution under
spectral normalisation and no BatchNorm, which the report found keeps the discriminator from overpowering
a high-compression VAE better than R1 or LeCAM.

    disc = PatchDiscriminator3d()
    logits = disc(video)                        # [B, 1, T, H/4, W/4]: one real/fake score per patch
    d_loss = hinge_d_loss(disc(real), disc(fake.detach()))
    g_loss = adversarial_g_loss(frozen_logits(disc, fake))   # gradients reach the generator only

Time is never strided and is padded by one frame on each side, so a still image (T = 1) is scored too:
the same module is the report's image and video discriminator.
"""

from __future__ import annotations

import torch.nn.functional as F
from torch import Tensor, nn
from torch.func import functional_call
from torch.nn.utils.parametrizations import spectral_norm


class PatchDiscriminator3d(nn.Module):
    def __init__(self, in_channels: int = 3, channels: int = 32, layers: int = 2) -> None:
        super().__init__()
        convs: list[nn.Module] = []
        cin = in_channels
        for i in range(layers):
            cout = channels * 2 ** i
            convs += [spectral_norm(nn.Conv3d(cin, cout, (3, 4, 4), stride=(1, 2, 2), padding=(1, 1, 1))),
                      nn.LeakyReLU(0.2)]
            cin = cout
        convs.append(spectral_norm(nn.Conv3d(cin, 1, 3, padding=1)))
        self.net = nn.Sequential(*convs)

    def forward(self, video: Tensor) -> Tensor:  # [B, 3, T, H, W] -> [B, 1, T, H / 2^layers, W / 2^layers]
        return self.net(video)


def frozen_logits(disc: nn.Module, video: Tensor) -> Tensor:
    """disc(video) with the discriminator's weights detached: the generator's adversarial term then trains
    the generator alone, inside the same backward pass as the discriminator's own loss."""
    params = {name: p.detach() for name, p in disc.named_parameters()}
    return functional_call(disc, params, (video,))


def hinge_d_loss(real_logits: Tensor, fake_logits: Tensor) -> Tensor:
    return F.relu(1 - real_logits).mean() + F.relu(1 + fake_logits).mean()


def adversarial_g_loss(fake_logits: Tensor) -> Tensor:
    return -fake_logits.mean()

