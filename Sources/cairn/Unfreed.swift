/// Values a command keeps until the process ends, never freed. The plan, its analysis and the
/// rendered pages of a build are hundreds of thousands of small blocks; freeing them one by one
/// when the build is done took 17 M instructions of a cold build of the bench's plan (0.9%),
/// and the process's exit gives their memory back at once. Kept once the last report and the
/// build record are written, when the build's peak of memory (at the end of reading) is past.
enum Unfreed {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value`, and so everything it holds, until the process ends.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
