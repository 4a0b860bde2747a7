# A bare Future is resolved by someone else; awaiting it suspends until then.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, 'hello from a callback')
    print('done before?', fut.done()){
    print(await fut)
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError')
    other = loop.create_future()
    try:
        other.result()
    except asyncio.InvalidStateError:
        print('result() of a pending future raises InvalidStateError')


asyncio.run(main())
