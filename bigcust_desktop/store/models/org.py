"""Organisation tables: teams (团队) and the staff visible to the signed-in user (员工).

Depends on the model base; served by the provincial CRM.
"""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base, ServerRecord


class Team(ServerRecord, Base):
    """A sales team of a city (e.g. 杭州政企一部)."""

    __tablename__ = "team"

    name: Mapped[str]
    city: Mapped[str]


class User(ServerRecord, Base):
    """A staff member: account manager (客户经理) or regional manager (区域经理)."""

    __tablename__ = "user"

    username: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    role: Mapped[str]
    city: Mapped[str]
    team_id: Mapped[str] = mapped_column(index=True)
    mobile: Mapped[str]
