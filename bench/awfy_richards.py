# category: object
# quick: 2
# Are-we-fast-yet Richards: the scheduler simulation in AWFY's shape (a Scheduler object,
# task control blocks holding closures as their process functions, RBObject helpers).
import sys

NO_TASK = None
NO_WORK = None
IDLER = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NUM_TYPES = 6
DEVICE_PACKET_KIND = 0
WORK_PACKET_KIND = 1
DATA_SIZE = 4


class RBObject:
    def append(self, packet, queue_head):
        packet.link = NO_WORK
        if queue_head is NO_WORK:
            return packet
        mouse = queue_head
        link = mouse.link
        while link is not NO_WORK:
            mouse = link
            link = mouse.link
        mouse.link = packet
        return queue_head


class Packet(RBObject):
    def __init__(self, link, identity, kind):
        self.link = link
        self.identity = identity
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE


class DeviceTaskDataRecord(RBObject):
    def __init__(self):
        self.pending = NO_WORK


class HandlerTaskDataRecord(RBObject):
    def __init__(self):
        self.work_in = NO_WORK
        self.device_in = NO_WORK

    def device_in_add(self, packet):
        self.device_in = self.append(packet, self.device_in)

    def work_in_add(self, packet):
        self.work_in = self.append(packet, self.work_in)


class IdleTaskDataRecord(RBObject):
    def __init__(self):
        self.control = 1
        self.count = 10000


class WorkerTaskDataRecord(RBObject):
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class TaskState(RBObject):
    def __init__(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def packet_pending_now(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False

    def waiting(self):
        self.packet_pending = False
        self.task_holding = False
        self.task_waiting = True

    def waiting_with_packet(self):
        self.task_holding = False
        self.task_waiting = True
        self.packet_pending = True


class TaskControlBlock(TaskState):
    def __init__(self, link, identity, priority, initial_work_queue, initial_state, fn, data):
        TaskState.__init__(self)
        self.link = link
        self.identity = identity
        self.priority = priority
        self.input = initial_work_queue
        self.packet_pending = initial_state.packet_pending
        self.task_waiting = initial_state.task_waiting
        self.task_holding = initial_state.task_holding
        self.function = fn
        self.handle = data

    def add_input_and_check_priority(self, packet, old_task):
        if self.input is NO_WORK:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = self.append(packet, self.input)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is NO_WORK:
                self.running()
            else:
                self.packet_pending_now()
        else:
            message = NO_WORK
        return self.function(message, self.handle)


class Scheduler(RBObject):
    def __init__(self):
        self.task_list = NO_TASK
        self.current_task = NO_TASK
        self.current_task_identity = 0
        self.task_table = [NO_TASK] * NUM_TYPES
        self.queue_packet_count = 0
        self.hold_count = 0
        self.layout = 0

    def create_device(self, identity, priority, work, state):
        data = DeviceTaskDataRecord()

        def fn(packet, data):
            if packet is NO_WORK:
                function_work = data.pending
                if function_work is NO_WORK:
                    return self.mark_waiting()
                data.pending = NO_WORK
                return self.queue_packet(function_work)
            data.pending = packet
            return self.hold_self()

        self.create_task(identity, priority, work, state, fn, data)

    def create_handler(self, identity, priority, work, state):
        data = HandlerTaskDataRecord()

        def fn(packet, data):
            if packet is not NO_WORK:
                if packet.kind == WORK_PACKET_KIND:
                    data.work_in_add(packet)
                else:
                    data.device_in_add(packet)
            if data.work_in is NO_WORK:
                return self.mark_waiting()
            count = data.work_in.datum
            if count >= DATA_SIZE:
                work_packet = data.work_in
                data.work_in = work_packet.link
                return self.queue_packet(work_packet)
            if data.device_in is NO_WORK:
                return self.mark_waiting()
            device_packet = data.device_in
            data.device_in = device_packet.link
            device_packet.datum = data.work_in.data[count]
            data.work_in.datum = count + 1
            return self.queue_packet(device_packet)

        self.create_task(identity, priority, work, state, fn, data)

    def create_idler(self, identity, priority, work, state):
        data = IdleTaskDataRecord()

        def fn(packet, data):
            data.count -= 1
            if data.count == 0:
                return self.hold_self()
            if (data.control & 1) == 0:
                data.control //= 2
                return self.release(DEVICE_A)
            data.control = (data.control // 2) ^ 53256
            return self.release(DEVICE_B)

        self.create_task(identity, priority, work, state, fn, data)

    def create_packet(self, link, identity, kind):
        return Packet(link, identity, kind)

    def create_task(self, identity, priority, work, state, fn, data):
        t = TaskControlBlock(self.task_list, identity, priority, work, state, fn, data)
        self.task_list = t
        self.task_table[identity] = t

    def create_worker(self, identity, priority, work, state):
        data = WorkerTaskDataRecord()

        def fn(packet, data):
            if packet is NO_WORK:
                return self.mark_waiting()
            data.destination = HANDLER_B if data.destination == HANDLER_A else HANDLER_A
            packet.identity = data.destination
            packet.datum = 0
            for i in range(DATA_SIZE):
                data.count += 1
                if data.count > 26:
                    data.count = 1
                packet.data[i] = 65 + data.count - 1
            return self.queue_packet(packet)

        self.create_task(identity, priority, work, state, fn, data)

    def start(self):
        self.create_idler(IDLER, 0, NO_WORK, self.running_state())
        wkq = self.create_packet(NO_WORK, WORKER, WORK_PACKET_KIND)
        wkq = self.create_packet(wkq, WORKER, WORK_PACKET_KIND)
        self.create_worker(WORKER, 1000, wkq, self.waiting_with_packet_state())
        wkq = self.create_packet(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND)
        wkq = self.create_packet(wkq, DEVICE_A, DEVICE_PACKET_KIND)
        wkq = self.create_packet(wkq, DEVICE_A, DEVICE_PACKET_KIND)
        self.create_handler(HANDLER_A, 2000, wkq, self.waiting_with_packet_state())
        wkq = self.create_packet(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND)
        wkq = self.create_packet(wkq, DEVICE_B, DEVICE_PACKET_KIND)
        wkq = self.create_packet(wkq, DEVICE_B, DEVICE_PACKET_KIND)
        self.create_handler(HANDLER_B, 3000, wkq, self.waiting_with_packet_state())
        self.create_device(DEVICE_A, 4000, NO_WORK, self.waiting_state())
        self.create_device(DEVICE_B, 5000, NO_WORK, self.waiting_state())
        self.schedule()
        return self.queue_packet_count == 23246 and self.hold_count == 9297

    @staticmethod
    def running_state():
        s = TaskState()
        s.running()
        return s

    @staticmethod
    def waiting_state():
        s = TaskState()
        s.waiting()
        return s

    @staticmethod
    def waiting_with_packet_state():
        s = TaskState()
        s.waiting_with_packet()
        return s

    def find_task(self, identity):
        t = self.task_table[identity]
        if t is NO_TASK:
            raise ValueError("find_task failed")
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current_task.task_holding = True
        return self.current_task.link

    def queue_packet(self, packet):
        t = self.find_task(packet.identity)
        if t is NO_TASK:
            return NO_TASK
        self.queue_packet_count += 1
        packet.link = NO_WORK
        packet.identity = self.current_task_identity
        return t.add_input_and_check_priority(packet, self.current_task)

    def release(self, identity):
        t = self.find_task(identity)
        if t is NO_TASK:
            return NO_TASK
        t.task_holding = False
        if t.priority > self.current_task.priority:
            return t
        return self.current_task

    def schedule(self):
        self.current_task = self.task_list
        while self.current_task is not NO_TASK:
            if self.current_task.is_task_holding_or_waiting():
                self.current_task = self.current_task.link
            else:
                self.current_task_identity = self.current_task.identity
                self.current_task = self.current_task.run_task()

    def mark_waiting(self):
        self.current_task.task_waiting = True
        return self.current_task


def main(n):
    for _ in range(n):
        s = Scheduler()
        if not s.start():
            print("wrong result", s.queue_packet_count, s.hold_count)
            return
    print("qpkt", s.queue_packet_count, "holds", s.hold_count, "iterations", n)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
