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
    """True for a globally routable unicast address. An IPv4-mapped IPv6 address (``::ffff:10.0.0.1``,
    RFC 4291 §2.5.5.2) is judged by its IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


def resolve(host: str) -> list[str]:
    """All addresses ``host`` resolves to (an IP literal resolves to itself). Raises OSError."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})


def check_host(host: str, allowed: list[str]) -> str:
    """Resolve ``host`` and return the address to connect to (the first one). Raise
    :class:`RefusedAddress` when any address of ``host`` is non-public and not in ``allowed`` (addresses
    or networks in CIDR form). Callers connect to the returned address, not to the name, so a second
    DNS answer cannot swap in a private address (DNS rebinding). OSError when the name does not resolve."""
    networks = [ipaddress.ip_network(a, strict=False) for a in allowed]
    addrs = resolve(host)
    for addr in addrs:
        ip = ipaddress.ip_address(addr)
        if not is_public(ip) and not any(ip in net for net in networks):
            raise RefusedAddress(f"{host} resolves to {addr}, a non-public address")
    if not addrs:
        raise OSError(f"{host} does not resolve")
    return addrs[0]
