import Dispatch

/// Runs slow work off the UI thread and posts its result back to the loop as a message tagged with
/// the generation it was started for.
public struct BackgroundWork<Message: Sendable>: Sendable {
    public let queue: MessageQueue<Message>
    public let gate: GenerationGate

    public init(queue: MessageQueue<Message>, gate: GenerationGate = GenerationGate()) {
        self.queue = queue
        self.gate = gate
    }

    /// Starts a new generation and runs `work` on a background queue. `work` gets a function telling
    /// it whether it is still current (so it can stop early); its result is wrapped by `message` and
    /// posted. Returns the generation number.
    @discardableResult
    public func start<Value: Sendable>(
        _ work: @escaping @Sendable (_ isCurrent: @Sendable () -> Bool) -> Value,
        message: @escaping @Sendable (Tagged<Value>) -> Message
    ) -> UInt64 {
        let generation = gate.next()
        let gate = self.gate
        let queue = self.queue
        DispatchQueue.global(qos: .userInitiated).async {
            let value = work { gate.isCurrent(generation) }
            guard gate.isCurrent(generation) else { return }
            queue.post(message(Tagged(generation: generation, value: value)))
        }
        return generation
    }
}
