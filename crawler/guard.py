"""SSRF guard: refuse URLs whose host resolves to an address that is not globally reachable unicast
(loopback, private, shared/CGNAT, link-local, multicast, reserved…) unless the address is explicitly
allowed (setting ``EINDEX_ALLOW_PRIVATE``).

Address classes per Python's ``ipaddress`` ``is_global`` (IANA special-purpose registries, RFC 6890),
which also excludes RFC 6598 shared address space 100.64.0.0/10 (provider-internal; Alibaba Cloud's
metadata service is 100.100.100.200). IPv6 addresses that embed an IPv4 address are judged by it:
IPv4-mapped (RFC 4291 §2.5.5.2), 6to4 2002::/16 (RFC 3056) and NAT64 64:ff9b::/96 (RFC 6052).
"""

from __future__ import annotations

import ipaddress
import socket


class RefusedAddress(Exception):
    """The URL's host resolves to an address the guard refuses."""


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries: IPv4-mapped ``::ffff:a.b.c.d``, 6to4 ``2002:AABB:CCDD::``
    or NAT64 ``64:ff9b::a.b.c.d``; None for any other address."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(ip.packed[-4:])
    return None


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally reachable unicast address (``is_global`` and not multicast); an IPv6 address
    that embeds an IPv4 address (:func:`embedded_ipv4`) is judged by that IPv4 address."""
    if isinstance(ip, ipaddress.IPv6Address):
        ip = embedded_ipv4(ip) or ip
    return ip.is_global and not ip.is_multicast


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
