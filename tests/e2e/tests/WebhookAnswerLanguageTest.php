<?php
/**
 * The webhook's JSON answers are for machines (SNS, logs): plain English,
 * never passed through translations. They are built on plugins_loaded,
 * before translations may load (WordPress 6.7+ notices "translation loaded
 * too early", which would land in the JSON body with WP_DEBUG_DISPLAY).
 *
 * The test installs, for its own duration, a must-use plugin that
 * "translates" every string of the plugin's text domain.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;

final class WebhookAnswerLanguageTest extends E2eTestCase {
	private const MARK = 'E2E-TRANSLATED';

	private string $mu_plugin = '';

	protected function setUp(): void {
		parent::setUp();
		$this->mu_plugin = $this->site->stack['wp_dir'] . '/wp-content/mu-plugins/e2e-translate-everything.php';
		file_put_contents(
			$this->mu_plugin,
			"<?php\nadd_filter( 'gettext_quillcrm-bounce', static fn() => '" . self::MARK . "' );\n"
		);
	}

	protected function tearDown(): void {
		@unlink( $this->mu_plugin ); // phpcs:ignore -- may not exist.
		parent::tearDown();
	}

	public function testWebhookAnswersAreNeverTranslated(): void {
		$envelope = $this->notification( SesPayload::delivery( $this->new_contact( 'answer-language' ) ) );
		$this->site->deliver( $envelope );

		$answers = array(
			'405'         => $this->site->request( 'GET', $this->site->webhook_url() ),
			'404'         => $this->site->request( 'POST', $this->site->webhook_url( null, 'mailgun' ), '{}' ),
			'duplicate'   => $this->site->deliver( $envelope ),
		);

		foreach ( $answers as $case => $r ) {
			$this->assertIsArray( $r['json'], "$case: a JSON answer: {$r['body']}" );
			$this->assertStringNotContainsString( self::MARK, (string) $r['json']['detail'], "$case: {$r['body']}" );
			$this->assertMatchesRegularExpression( '/^[\x20-\x7e]+$/', (string) $r['json']['detail'], "$case: plain English" );
		}
	}
}
