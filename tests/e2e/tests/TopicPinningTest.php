<?php
/**
 * Topic pinning fails closed: an accepted-topics setting that cannot be read
 * accepts no topic, a notification never pins its topic (only a confirmed
 * subscription does), and an admin who clears the list is told that the next
 * confirmed subscription pins its topic.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class TopicPinningTest extends E2eTestCase {

	public function testUnreadableAcceptedTopicsOptionRefusesEveryDeliveryWith503(): void {
		$email = $this->new_contact( 'topics-unreadable' );
		// A serialized array cut short: WordPress hands back the raw string.
		$this->site->set_option( Site::TOPICS_OPTION, 'a:1:{i:0;s:12:"arn:aws:sn' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::OTHER_TOPIC ) );

		$this->assertAnswer( 503, $r, 'retry', 'settings_unreadable', 'an unreadable accepted-topics setting accepts no topic' );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testNotificationWhileNoTopicIsPinnedIsRefusedAndPinsNothing(): void {
		$email = $this->new_contact( 'topics-pending' );
		$this->site->set_option( Site::TOPICS_OPTION, array() );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::OTHER_TOPIC ) );

		$this->assertAnswer( 403, $r, 'rejected', 'topic_not_allowed', 'only a confirmed subscription pins a topic' );
		$this->assertSame( array(), $this->site->option( Site::TOPICS_OPTION ) );
		$this->assertContactState( $email, 'subscribed', 0 );
	}

	public function testConcurrentFirstConfirmationsPinExactlyOneTopic(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array() );

		$answers = $this->site->deliver_concurrently(
			array(
				$this->sns->subscription_confirmation( self::TOPIC ),
				$this->sns->subscription_confirmation( self::SECOND_TOPIC ),
			)
		);

		foreach ( $answers as $r ) {
			$this->assertAnswer( 200, $r, 'subscribed' );
		}
		$pinned = $this->site->option( Site::TOPICS_OPTION );
		$this->assertIsArray( $pinned );
		$this->assertCount( 1, $pinned, 'one topic pinned: ' . json_encode( $pinned ) );
		$this->assertContains( $pinned[0], array( self::TOPIC, self::SECOND_TOPIC ) );
	}

	public function testClearingTheAcceptedTopicsSaysTheNextConfirmedSubscriptionPinsItsTopic(): void {
		$jar  = $this->site->admin_cookie_jar();
		$page = $this->settings_page( $jar );
		$this->assertStringContainsString( 'Pinned', self::element_text( $page, 'quillcrm-topic-pinning' ) );

		$saved = $this->site->request(
			'POST',
			$this->site->url( '/wp-admin/admin-post.php' ),
			http_build_query(
				array(
					'action'                   => 'quillcrm_bounce_save_settings',
					'_wpnonce'                 => self::save_nonce( $page ),
					'quillcrm_soft_threshold'  => '3',
					'quillcrm_accepted_topics' => '',
				)
			),
			array( 'Content-Type: application/x-www-form-urlencoded' ),
			$jar
		);
		$this->assertSame( 302, $saved['status'], substr( $saved['body'], 0, 300 ) );
		$this->assertStringContainsString( 'quillcrm_bounce_notice=topics_cleared', $saved['headers']['location'] ?? '' );

		$page = $this->settings_page( $jar, 'quillcrm_bounce_notice=topics_cleared' );
		$this->assertStringContainsString( 'Pending', self::element_text( $page, 'quillcrm-topic-pinning' ) );
		$this->assertStringContainsString( 'next confirmed subscription', self::element_text( $page, 'quillcrm-topic-pinning' ) );
		$this->assertStringContainsString( 'next confirmed subscription', $page, 'the notice after saving' );
		$this->assertSame( array(), $this->site->option( Site::TOPICS_OPTION ) );

		$r = $this->site->deliver( $this->sns->subscription_confirmation( self::SECOND_TOPIC ) );

		$this->assertAnswer( 200, $r, 'subscribed' );
		$this->assertSame( array( self::SECOND_TOPIC ), $this->site->option( Site::TOPICS_OPTION ) );
	}

	private function settings_page( string $jar, string $query = '' ): string {
		$page = $this->site->request( 'GET', $this->site->url( '/wp-admin/admin.php?page=quillcrm-settings&tab=smtp' . ( '' === $query ? '' : '&' . $query ) ), '', array(), $jar );
		$this->assertSame( 200, $page['status'] );
		return $page['body'];
	}

	/** The nonce of the settings form (the one posting quillcrm_bounce_save_settings). */
	private static function save_nonce( string $html ): string {
		$doc  = self::document( $html );
		$xp   = new \DOMXPath( $doc );
		$node = $xp->query( "//form[.//input[@name='action' and @value='quillcrm_bounce_save_settings']]//input[@name='_wpnonce']" )->item( 0 );
		self::assertNotNull( $node, 'the settings form has a nonce' );
		return (string) $node->getAttribute( 'value' );
	}

	/** Text content of the element with this id. */
	private static function element_text( string $html, string $id ): string {
		$el = self::document( $html )->getElementById( $id );
		self::assertNotNull( $el, "the settings page has no element #$id" );
		return trim( preg_replace( '/\s+/', ' ', $el->textContent ) );
	}

	private static function document( string $html ): \DOMDocument {
		$doc  = new \DOMDocument();
		$prev = libxml_use_internal_errors( true );
		$doc->loadHTML( $html );
		libxml_clear_errors();
		libxml_use_internal_errors( $prev );
		return $doc;
	}
}
