import Foundation
import CairnKit

/// The one place Cairn reads the wall clock.
enum Clock {
    /// Today's date in the local time zone.
    static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
