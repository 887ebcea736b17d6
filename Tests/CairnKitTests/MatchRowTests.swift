import Testing
@testable import CairnKit

/// A ranked posting's row: its place and link made on bytes as the array and lowercased rules made them.
@Suite struct MatchRowTests {
    @Test func twoTextsJoinAsTheirListWould() {
        let texts: [String?] = [nil, "", "Seattle, WA", "hybrid"]
        for first in texts {
            for second in texts {
                #expect(Format.joined(first, second, separator: " · ") == [first, second].compactMap { $0 }.joined(separator: " · "),
                        "\(String(describing: first)) \(String(describing: second))")
            }
        }
    }

    /// Every address of scheme-like prefixes in any case, then an ASCII byte, a combining mark
    /// (which joins the `/` into another character), another script or nothing.
    @Test func webAddressesAreThoseTheLoweredRuleLinks() {
        var addresses = ["", "h", "http:/", "ftp://x", "mailto:a@b", "HTTPS://X", "Http://x", "https:/x", "httpş://x", "ｈttp://x"]
        for scheme in ["http://", "https://", "HTTP://", "hTtPs://", "http:\\\\", "https:/"] {
            for rest in ["", "x", "\u{301}x", "é", "\u{212A}", " ", "/"] { addresses.append(scheme + rest) }
        }
        for address in addresses {
            let lowered = address.lowercased()
            #expect(MatchRow.isWebAddress(address) == (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")), "\(address.debugDescription)")
        }
        #expect(MatchRow.isWebAddress("HTTPS://example.com") && !MatchRow.isWebAddress("https://\u{301}x"))
    }
}
