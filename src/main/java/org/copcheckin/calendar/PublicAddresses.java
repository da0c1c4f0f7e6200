package org.copcheckin.calendar;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a feed may be fetched from: public ones only, so a facilitator's URL cannot make the bot reach
 * into its own machine or network (loopback, private, link-local such as cloud metadata, carrier-grade NAT,
 * unique-local IPv6, multicast, reserved). Pure.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (embedsV4(b)) {
                byte[] v4 = {b[12], b[13], b[14], b[15]};
                try {
                    return isPublic(InetAddress.getByAddress(v4));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
            return (b[0] & 0xe0) == 0x20; // only global unicast 2000::/3
        }
        return false;
    }

    static boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress();
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // this network
                && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                && first < 224; // multicast and reserved, broadcast
    }

    /** ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address. */
    private static boolean embedsV4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return mapped || nat64;
    }
}
