"""The LAN server: helpers' phones reach the shipping queue and the live session over the shop's Wi-Fi."""
