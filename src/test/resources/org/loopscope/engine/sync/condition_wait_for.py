# Condition.wait_for re-checks the predicate after every wake-up and returns its last (truthy) value.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {'n': 0}

    def predicate():
        print('predicate sees', state['n'])
        return state['n'] >= 3 and state['n']

    async def watcher():
        async with cond:
            result = await cond.wait_for(predicate)
            print('wait_for returned', result)

    w = asyncio.create_task(watcher())
    for i in range(1, 5):
        await asyncio.sleep(0)
        async with cond:
            state['n'] = i
            print('n =', i)
            cond.notify_all()
    await w
    async with cond:
        print('already true', await cond.wait_for(lambda: 'yes'))


asyncio.run(main())
