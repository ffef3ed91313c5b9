"""Accounts of the web app: users and their roles per collection, sessions, API tokens, the audit log."""

from .audit import AuditLog
from .users import ROLES, User, Users

__all__ = ["AuditLog", "ROLES", "User", "Users"]
