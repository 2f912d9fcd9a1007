"""LiveHelper (直播助手): a desk companion for small live-commerce streamers."""

__version__ = "0.1.0"
