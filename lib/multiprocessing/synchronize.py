"""multiprocessing.synchronize: the locks and events of threading (one process)."""

from threading import (Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
                       Barrier)

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
           'Barrier']
