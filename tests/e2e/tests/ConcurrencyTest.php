<?php
/**
 * A bounce storm: SNS delivers many notifications for one contact at once.
 * No increment may be lost (row lock / atomic update, not read-modify-write).
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class ConcurrencyTest extends E2eTestCase {
	private const DELIVERIES = 20;

	/**
	 * @return array<string, array{string, string, string}> threshold, expected status, why
	 */
	public function thresholds(): array {
		return array(
			'threshold 100 not reached: every soft bounce counted' => array( '100', 'subscribed', 'every concurrent soft bounce counted, threshold 100 not reached' ),
			'threshold 20 reached by the 20th: bounced'             => array( (string) self::DELIVERIES, 'bounced', 'the 20th consecutive soft bounce reaches the threshold of 20' ),
		);
	}

	/**
	 * @dataProvider thresholds
	 */
	public function testTwentyConcurrentSoftBouncesForOneContactAreAllCounted( string $threshold, string $status, string $why ): void {
		$this->site->set_option( Site::THRESHOLD_OPTION, $threshold );
		$email     = $this->new_contact( 'storm' );
		$envelopes = array();
		for ( $i = 0; $i < self::DELIVERIES; $i++ ) {
			$envelopes[] = $this->notification( SesPayload::transient_bounce( $email ) );
		}

		$answers = $this->site->deliver_concurrently( $envelopes );

		foreach ( $answers as $i => $r ) {
			$this->assertAnswer( 200, $r, 'bounce', null, "concurrent delivery #$i" );
		}
		$this->assertContactState( $email, $status, self::DELIVERIES, $why );
	}

	public function testConcurrentBouncesForDifferentContactsNeverWaitForEachOther(): void {
		// New contacts have no state row yet: under REPEATABLE READ, locking
		// each one's missing state row locks one shared gap, and the
		// deliveries then wait for each other and deadlock when they insert.
		$envelopes = array();
		$emails    = array();
		for ( $i = 0; $i < self::DELIVERIES; $i++ ) {
			$emails[]    = $this->new_contact( "apart-$i" );
			$envelopes[] = $this->notification( SesPayload::transient_bounce( end( $emails ) ) );
		}
		$before = $this->lock_status();

		$answers = $this->site->deliver_concurrently( $envelopes );

		$after = $this->lock_status();
		foreach ( $answers as $i => $r ) {
			$this->assertAnswer( 200, $r, 'bounce', null, "delivery #$i" );
		}
		$this->assertSame(
			array( 'Innodb_deadlocks' => 0, 'Innodb_row_lock_waits' => 0 ),
			array( 'Innodb_deadlocks' => $after['Innodb_deadlocks'] - $before['Innodb_deadlocks'], 'Innodb_row_lock_waits' => $after['Innodb_row_lock_waits'] - $before['Innodb_row_lock_waits'] ),
			'deliveries for different contacts take no lock another one waits for'
		);
		foreach ( $emails as $email ) {
			$this->assertContactState( $email, 'subscribed', 1 );
		}
	}

	/** @return array{Innodb_deadlocks: int, Innodb_row_lock_waits: int} */
	private function lock_status(): array {
		$status = array();
		foreach ( $this->site->db()->query( "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_deadlocks', 'Innodb_row_lock_waits')" )->fetch_all() as $row ) {
			$status[ $row[0] ] = (int) $row[1];
		}
		ksort( $status );
		return $status;
	}

	public function testConcurrentCopiesOfOneDeliveryCountOnce(): void {
		$email    = $this->new_contact( 'storm-copies' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

		$answers = $this->site->deliver_concurrently( array_fill( 0, 10, $envelope ) );

		foreach ( $answers as $i => $r ) {
			$this->assertSame( 200, $r['status'], "copy #$i: " . $r['body'] );
		}
		$outcomes = array_count_values( array_map( static fn( array $r ) => (string) ( $r['json']['outcome'] ?? '' ), $answers ) );
		$this->assertSame( 1, $outcomes['bounce'] ?? 0, 'exactly one copy is applied: ' . json_encode( $outcomes ) );
		$this->assertContactState( $email, 'subscribed', 1 );
	}
}
