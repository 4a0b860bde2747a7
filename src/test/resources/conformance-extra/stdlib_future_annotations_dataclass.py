from __future__ import annotations
import asyncio
from dataclasses import dataclass, field
from typing import ClassVar, Optional
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: Optional[int] = None
    count: ClassVar[int] = 0
    tags: list[str] = field(default_factory=list, compare=False)
async def run(job: Job) -> Job:
    await asyncio.sleep(job.priority / 10)
    Job.count += 1
    return job
async def main() -> None:
    jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b", retries=2)]
    done = await asyncio.gather(*map(run, sorted(jobs)))
    print(done, Job.count, Job.__dataclass_fields__.keys(), run.__annotations__)
asyncio.run(main())
