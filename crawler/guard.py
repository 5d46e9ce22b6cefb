"""SSRF guard: refuse URLs whose host resolves to a loopback, private, link-local, multicast or
reserved address unless the address is explicitly allowed (setting ``EINDEX_ALLOW_PRIVATE``).

Address classes per Python's ``ipaddress`` (RFC 1918, RFC 3927, RFC 4291, RFC 6890).
"""

from __future__ import annotations

import ipaddress
import socket


class RefusedAddress(Exception):
    """The URL's host resolves to an address the guard refuses."""


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable unicast address."""
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


def resolve(host: str) -> list[str]:
    """All addresses ``host`` resolves to (an IP literal resolves to itself). Raises OSError."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})


def check_host(host: str, allowed: list[str]) -> None:
    """Raise :class:`RefusedAddress` when any address of ``host`` is non-public and not in ``allowed``
    (addresses or networks in CIDR form)."""
    networks = [ipaddress.ip_network(a, strict=False) for a in allowed]
    for addr in resolve(host):
        ip = ipaddress.ip_address(addr)
        if not is_public(ip) and not any(ip in net for net in networks):
            raise RefusedAddress(f"{host} resolves to {addr}, a non-public address")
