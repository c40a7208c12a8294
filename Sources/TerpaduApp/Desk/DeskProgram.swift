import TerminalUI
import TerpaduCore

/// The desk as a `Program`: `update` and `view` are pure; the store's owner runs the effects.
public struct DeskProgram: Program {
    public typealias Model = DeskModel
    public typealias Message = DeskMessage
    public typealias Effect = DeskEffect

    public init() {}

    public func update(_ model: inout DeskModel, _ event: LoopEvent<DeskMessage>, at now: ContinuousClock.Instant) -> [DeskEffect] {
        switch event {
        case .resize(let size):
            model.size = size
            return model.workersWindowEffects() + model.recordPlaceShown(refresh: false)
        case .tick:
            return []
        case .message(let message):
            return model.receive(message)
        case .key(let key):
            return model.press(key)
        }
    }

    public func view(_ model: DeskModel, into buffer: inout Buffer, at now: ContinuousClock.Instant) {
        DeskView(model: model).render(buffer.area, &buffer)
    }
}
