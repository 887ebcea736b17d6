import Dispatch

/// Work started on another thread now, its result taken later: for work that fills a core the
/// steps in between leave idle (a step on one core, then another), and whose result is needed
/// only at the end.
public final class Pending<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `finished`; read only after waiting for that.
    private var value: Value?

    /// Starts `work` at once on a thread of its own.
    public init(_ work: @escaping () -> Value) {
        let job = Job(work)
        DispatchQueue.global().async { [self] in
            value = job.work()
            finished.signal()
        }
    }

    /// The work's result, once it is done; every call gives the same value.
    public func wait() -> Value {
        finished.wait()
        defer { finished.signal() }
        return value!
    }

    /// The caller hands the work to one thread and never runs it itself.
    private struct Job: @unchecked Sendable {
        let work: () -> Value
        init(_ work: @escaping () -> Value) { self.work = work }
    }
}
