#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The reports a build renames new ones over, held open past the rename and let go together.
///
/// A file's blocks are freed when its last name and its last descriptor are gone; on a mount with
/// online discard (`mount -o discard`), freeing waits for the disk to trim them, a millisecond or
/// more for a page of megabytes. Renamed over one after another, the pages would wait in turn;
/// held, then closed each on a thread of its own while the build goes on, their waits overlap.
final class ReplacedFiles {
    private var held: [Int32] = []
    private var released = 0
    private let gone = DispatchSemaphore(value: 0)

    /// Holds the file `path` names now, if any, before a new one is renamed over it. `O_PATH`
    /// opens nothing for reading (a FIFO does not block it), and `O_NOFOLLOW` holds a link itself,
    /// the entry that rename replaces.
    func hold(_ path: String) {
        let descriptor = open(path, Self.pathOnly | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 { held.append(descriptor) }
    }

    /// `O_PATH` of <fcntl.h> on Linux, which the Glibc module does not export; elsewhere a plain
    /// read-only open, which `O_NONBLOCK` keeps a FIFO from blocking.
    #if os(Linux)
    private static let pathOnly: Int32 = 0o10000000
    #else
    private static let pathOnly: Int32 = O_RDONLY | O_NONBLOCK
    #endif

    /// Starts letting every held file go, each on a thread of its own (or at once, on this one,
    /// when no thread can be started).
    func release() {
        for descriptor in held {
            let closing = Unmanaged.passRetained(Closing(descriptor, gone)).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { context in
                let closing = Unmanaged<Closing>.fromOpaque(context!).takeRetainedValue()
                close(closing.descriptor)
                closing.gone.signal()
                return nil
            }, closing) == 0 {
                pthread_detach(thread)
            } else {
                Unmanaged<Closing>.fromOpaque(closing).release()
                close(descriptor)
                gone.signal()
            }
        }
        released += held.count
        held = []
    }

    /// What a closing thread is handed.
    private final class Closing {
        let descriptor: Int32
        let gone: DispatchSemaphore
        init(_ descriptor: Int32, _ gone: DispatchSemaphore) { (self.descriptor, self.gone) = (descriptor, gone) }
    }

    /// Lets every held file go, and returns when all released are gone.
    func wait() {
        release()
        for _ in 0..<released { gone.wait() }
        released = 0
    }
}
