package cn.wuhan.qualityaward.publicnotice;

/** The answer to a filed public objection: the receipt code to follow it with, and its first status. */
public record PublicObjectionFiled(String receipt, String status, String message) {}
