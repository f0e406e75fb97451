"""Seeded, realistic data for the simulator, the store tests and the benchmarks.

`generate(profile, seed, as_of)` returns a `Dataset` of wire-format records (docs/data-model.md).
Depends on the domain rules, Faker and the standard library; never on the client's other layers.

Every seeded user signs in with DEMO_PASSWORD ("demo1234"). Users (the first team is the same in
both profiles; ids are given in order, so later teams' ids differ between profiles):

- T-HZ-1 杭州政企一部: wangfang 王芳 (regional manager, U-0001), zhangwei 张伟 (account manager,
  U-0002, the demo user), lina 李娜 (U-0003); in ``large`` also liuyang, chenjing, yanglei,
  zhaomin, huangyong, zhoujie, wuting, xuqiang, sunli, machao, zhulin, hubin, guoyan, hejun,
  gaoxiang, linxia, luopeng, zhenghao (U-0004 ... U-0021).
- T-HZ-2 杭州政企二部 (``small`` only): liangjianguo 梁建国 (regional manager), songjia 宋佳,
  tangming 唐明.
- T-NB-1 宁波政企一部: hanbing 韩冰 (regional manager), fengtao 冯涛, caoxue 曹雪.
"""

from bigcust_sim.seed.dataset import (
    DEFAULT_AS_OF,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    ENTITIES,
    PROFILES,
    Dataset,
    generate,
)
from bigcust_sim.seed.stories import STORIES

__all__ = [
    "DEFAULT_AS_OF",
    "DEFAULT_SEED",
    "DEMO_PASSWORD",
    "ENTITIES",
    "PROFILES",
    "STORIES",
    "Dataset",
    "generate",
]
