import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

/// Each queue instance maps the file on its own, as separate processes do.
@Suite struct WriteQueueTests {
    @Test func writersTakeTurnsOneAtATimeInTicketOrder() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite-queue")
        let queues = try (0..<4).map { _ in try #require(WriteQueue.open(path: path)) }
        let served = Box<[UInt32]>([])
        let inside = Box(0)
        let overlaps = Box(0)
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            for _ in 0..<200 {
                let ticket = queues[i].enter()
                inside.mutate { n in
                    n += 1
                    if n > 1 { overlaps.mutate { $0 += 1 } }
                }
                served.mutate { $0.append(ticket) }
                inside.mutate { $0 -= 1 }
                queues[i].leave(ticket)
            }
        }
        #expect(overlaps.get() == 0)
        #expect(served.get() == Array(0..<800))
    }

    @Test func aTicketWhoseHolderDiedIsSteppedPast() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite-queue")
        let gone = try #require(WriteQueue.open(path: path))
        let ticket = gone.enter()
        // The turn now belongs to a process that has exited without leaving it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        gone.recordHolder(process.processIdentifier, for: ticket)

        let other = try #require(WriteQueue.open(path: path))
        let waited = Box<UInt32?>(nil)
        Thread.detachNewThread { let t = other.enter(); waited.mutate { $0 = t } }
        #expect(eventually(seconds: 10) { waited.get() == ticket + 1 })
        // The dead holder's late leave changes nothing; the next writer's turn follows the living one's.
        gone.leave(ticket)
        other.leave(ticket + 1)
        #expect(other.enter() == ticket + 2)
    }

    @Test func aTurnHeldTooLongIsSteppedPast() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite-queue")
        let slow = try #require(WriteQueue.open(path: path))
        _ = slow.enter()  // alive, never leaves
        let other = try #require(WriteQueue.open(path: path))
        let waited = Box<UInt32?>(nil)
        Thread.detachNewThread { let t = other.enter(); waited.mutate { $0 = t } }
        #expect(eventually(seconds: 10) { waited.get() == 1 })
    }

    @Test func damagedCountersDoNotHoldWritersUp() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite-queue")
        // "next" far ahead of "now serving": thousands of writers would seem to be waiting.
        var bytes = [UInt8](repeating: 0, count: 4096)
        bytes[0] = 0x88
        bytes[1] = 0x13
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let queue = try #require(WriteQueue.open(path: path))
        let waited = Box<UInt32?>(nil)
        Thread.detachNewThread { let t = queue.enter(); waited.mutate { $0 = t } }
        #expect(eventually(seconds: 10) { waited.get() == 5_000 })
    }

    @Test func theQueueFileIsPrivateAndAJournalMakesOne() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let journal = try Journal(path: tmp.file("journal.sqlite"))
        try journal.write { try $0.setMeta("k", "v") }
        var st = stat()
        #expect(stat(tmp.file("journal.sqlite-queue"), &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(journal.writeQueue != nil)
        let reader = try Journal(path: tmp.file("journal.sqlite"), access: .readOnly)
        #expect(reader.writeQueue == nil)
    }
}
